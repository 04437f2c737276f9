namespace CareerCms.Web.Search.Careers;

/// <summary>The facet filters of a request, as the collector checks them.</summary>
internal sealed class CareerFacetFilters
{
    public CareerFacetFilters(CareerSearchRequest request)
    {
        Industries = ToSet(request.Industries);
        ExperienceLevels = ToSet(request.ExperienceLevels);
        Difficulties = ToSet(request.Difficulties);
        SalaryMin = request.SalaryMin;
        SalaryMax = request.SalaryMax;
    }

    /// <summary>Selected industries, or null for no filter.</summary>
    public HashSet<string>? Industries { get; }

    public HashSet<string>? ExperienceLevels { get; }

    public HashSet<string>? Difficulties { get; }

    public int? SalaryMin { get; }

    public int? SalaryMax { get; }

    public bool HasSalary => SalaryMin is not null || SalaryMax is not null;

    /// <summary>True when an item's salary range [min, max] overlaps the requested range.</summary>
    public bool SalaryMatches(int min, int max) =>
        (SalaryMin is not { } low || max >= low) && (SalaryMax is not { } high || min <= high);

    private static HashSet<string>? ToSet(IReadOnlyList<string> values)
    {
        var set = values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v.Trim()).ToHashSet(StringComparer.Ordinal);
        return set.Count == 0 ? null : set;
    }
}
