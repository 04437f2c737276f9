using CareerCms.Web.Search.Careers;

namespace CareerCms.Web.Search.Page;

/// <summary>What the search page renders: the request as typed, and its result or its errors.</summary>
public sealed record SearchPageModel(
    CareerSearchRequest Request,
    CareerSearchResponse? Response,
    IReadOnlyDictionary<string, string[]> Errors,
    bool Unavailable);
