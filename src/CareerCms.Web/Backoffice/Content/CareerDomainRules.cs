using System.Globalization;
using CareerCms.Web.Content.Documents;
using CareerCms.Web.Content.Editors;
using CareerCms.Web.Content.Services;

namespace CareerCms.Web.Backoffice.Content;

/// <summary>
/// The careers domain's cross-field rules (../shared/specs/careers-domain.md) checked on backoffice saves so the
/// editor sees them at the field: salaryMin &lt;= salaryMax, durationMin &lt;= durationMax, salary change min &lt;= max,
/// a path's fromCareer is not its own parent, and skill prerequisites have no cycle. Single-field rules (ranges,
/// mandatory, regex) are the content engine's DocumentValidator.
/// </summary>
public sealed class CareerDomainRules(ContentQueryService query)
{
    /// <summary>The problems, keyed by property alias; empty when the values are consistent.</summary>
    public async Task<IReadOnlyList<PropertyValidationError>> CheckAsync(
        string contentTypeAlias, Guid? documentKey, Guid? parentKey, IReadOnlyDictionary<string, string?> values, CancellationToken cancellationToken = default)
    {
        var errors = new List<PropertyValidationError>();
        switch (contentTypeAlias)
        {
            case "career":
                MinMax(values, "salaryMin", "salaryMax", "Salary (min) must not be above Salary (max).", errors);
                break;
            case "transitionPath":
                MinMax(values, "durationMinMonths", "durationMaxMonths", "Duration (min) must not be above Duration (max).", errors);
                MinMax(values, "salaryChangeMinPercent", "salaryChangeMaxPercent", "Salary change (min) must not be above Salary change (max).", errors);
                if (parentKey is { } parent && EditorValueRules.DocumentKeys(Value(values, "fromCareer")).Contains(parent))
                {
                    errors.Add(new("fromCareer", "A path cannot start from its own target career (the parent)."));
                }

                break;
            case "skill":
                if (documentKey is { } self && await HasCycleAsync(self, EditorValueRules.DocumentKeys(Value(values, "prerequisites")), cancellationToken).ConfigureAwait(false))
                {
                    errors.Add(new("prerequisites", "These prerequisites would make a cycle (a skill would require itself)."));
                }

                break;
        }

        return errors;
    }

    private async Task<bool> HasCycleAsync(Guid self, IReadOnlyList<Guid> prerequisites, CancellationToken cancellationToken)
    {
        var seen = new HashSet<Guid>();
        var pending = new Stack<Guid>(prerequisites);
        while (pending.Count > 0)
        {
            var key = pending.Pop();
            if (key == self)
            {
                return true;
            }

            if (!seen.Add(key) || seen.Count > 10_000)
            {
                continue;
            }

            if (await query.GetAsync(key, cancellationToken).ConfigureAwait(false) is Document skill)
            {
                foreach (var next in EditorValueRules.DocumentKeys(Value(skill.Values, "prerequisites")))
                {
                    pending.Push(next);
                }
            }
        }

        return false;
    }

    private static void MinMax(IReadOnlyDictionary<string, string?> values, string minAlias, string maxAlias, string message, List<PropertyValidationError> errors)
    {
        if (Number(values, minAlias) is { } min && Number(values, maxAlias) is { } max && min > max)
        {
            errors.Add(new(minAlias, message));
        }
    }

    private static string? Value(IReadOnlyDictionary<string, string?> values, string alias) => values.TryGetValue(alias, out var v) ? v : null;

    private static decimal? Number(IReadOnlyDictionary<string, string?> values, string alias) =>
        decimal.TryParse(Value(values, alias), NumberStyles.Number, CultureInfo.InvariantCulture, out var n) ? n : null;
}
