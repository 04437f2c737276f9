using CareerCms.Plugin.Ports;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.Services;
using PathProperties = CareerCms.Plugin.Ports.CareerContentTypes.PathProperties;

namespace CareerCms.Plugin.Validation;

/// <summary>
/// The careers domain rules that span several properties (careers-domain.md): salaryMin &lt;= salaryMax,
/// durationMin &lt;= durationMax, salary change min &lt;= max, a path's fromCareer is not its own parent career,
/// and skill prerequisites have no cycle. Each problem names the property it belongs to.
/// </summary>
public sealed class CareerContentRules(ICareerContentReader reader, IIdKeyMap idKeyMap)
{
    /// <summary>The problems of one content item, as (property alias, message).</summary>
    public IEnumerable<(string Alias, string Message)> Check(IContent content)
    {
        switch (content.ContentType.Alias)
        {
            case CareerContentTypes.Career:
                return Ordered(content, CareerContentTypes.CareerProperties.SalaryMin, CareerContentTypes.CareerProperties.SalaryMax,
                    "The minimum salary must not be above the maximum salary ({0}).");
            case CareerContentTypes.TransitionPath:
                return TransitionPathProblems(content);
            case CareerContentTypes.Skill:
                return PrerequisiteCycle(content);
            default:
                return [];
        }
    }

    private IEnumerable<(string, string)> TransitionPathProblems(IContent content)
    {
        foreach (var problem in Ordered(content, PathProperties.DurationMinMonths, PathProperties.DurationMaxMonths, "The shortest duration must not be above the longest ({0} months)."))
        {
            yield return problem;
        }

        foreach (var problem in Ordered(content, PathProperties.SalaryChangeMinPercent, PathProperties.SalaryChangeMaxPercent, "The smallest salary change must not be above the largest ({0}%)."))
        {
            yield return problem;
        }

        if (StoredValues.DocumentKey(content.GetValue(PathProperties.FromCareer)) is { } from &&
            idKeyMap.GetIdForKey(from, UmbracoObjectTypes.Document) is { Success: true } fromId &&
            fromId.Result == content.ParentId)
        {
            yield return (PathProperties.FromCareer, "A transition path cannot start from its own target career (its parent).");
        }
    }

    private IEnumerable<(string, string)> PrerequisiteCycle(IContent content)
    {
        var alias = CareerContentTypes.SkillProperties.Prerequisites;
        var start = StoredValues.DocumentKeys(content.GetValue(alias));
        if (start.Count == 0)
        {
            return [];
        }

        // Published skills' prerequisites by key, with this skill's draft prerequisites in place of its published ones.
        var keyByAlias = reader.GetSkills().ToDictionary(s => s.Info.Alias, s => s.Key, StringComparer.OrdinalIgnoreCase);
        var graph = reader.GetSkills().ToDictionary(
            s => s.Key,
            s => (IReadOnlyList<Guid>)[.. s.Info.Prerequisites.Select(p => keyByAlias.TryGetValue(p, out var k) ? k : Guid.Empty).Where(k => k != Guid.Empty)]);
        graph[content.Key] = start;
        var seen = new HashSet<Guid>();
        var stack = new Stack<Guid>(start);
        while (stack.Count > 0)
        {
            var next = stack.Pop();
            if (next == content.Key)
            {
                return [(alias, "These prerequisites lead back to this skill: prerequisites must not form a cycle.")];
            }

            if (seen.Add(next) && graph.TryGetValue(next, out var more))
            {
                foreach (var key in more)
                {
                    stack.Push(key);
                }
            }
        }

        return [];
    }

    private static IEnumerable<(string, string)> Ordered(IContent content, string minAlias, string maxAlias, string message)
    {
        var min = StoredValues.Integer(content.GetValue(minAlias));
        var max = StoredValues.Integer(content.GetValue(maxAlias));
        return min is { } low && max is { } high && low > high
            ? [(minAlias, string.Format(System.Globalization.CultureInfo.InvariantCulture, message, high))]
            : [];
    }
}
