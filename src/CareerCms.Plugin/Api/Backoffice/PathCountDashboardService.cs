using CareerCms.Plugin.Notifications;
using CareerCms.Plugin.Ports;

namespace CareerCms.Plugin.Api.Backoffice;

/// <summary>Builds the path-count dashboard from the node's current counts and the published careers.</summary>
public sealed class PathCountDashboardService(IPathCountReader pathCounts, ICareerContentReader content)
{
    /// <summary>The dashboard's data.</summary>
    public PathCountDashboardModel Build()
    {
        var counts = pathCounts.Counts;
        var careers = content.GetCareers()
            .Select(c => (Career: c, Counts: counts.ForCareer(c.Key) ?? default))
            .Select(x => new CareerPathCountsModel(
                x.Career.Key, x.Career.Name, x.Career.Industry, x.Counts.IncomingTotal,
                x.Counts.IncomingEasy, x.Counts.IncomingModerate, x.Counts.IncomingHard, x.Counts.Outgoing))
            .OrderByDescending(c => c.TransitionPathCount)
            .ThenBy(c => c.Name, StringComparer.OrdinalIgnoreCase)
            .ThenBy(c => c.Id)
            .ToList();
        var industries = counts.Industries
            .Select(i => new IndustryPathCountsModel(i.Key, i.Value.CareerCount, i.Value.PathCount))
            .OrderBy(i => i.Industry, StringComparer.OrdinalIgnoreCase)
            .ToList();
        return new PathCountDashboardModel(counts.Careers.Count, counts.Careers.Values.Sum(c => c.IncomingTotal), careers, industries);
    }
}
