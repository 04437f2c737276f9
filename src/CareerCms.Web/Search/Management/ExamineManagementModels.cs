namespace CareerCms.Web.Search.Management;

/// <summary>A page of items with the total (Umbraco's PagedViewModel).</summary>
public sealed record PagedViewModel<T>(long Total, IReadOnlyList<T> Items);

/// <summary>An index as the Examine Management dashboard shows it (Umbraco's IndexResponseModel).</summary>
public sealed record IndexResponseModel(
    string Name,
    HealthStatusResponseModel HealthStatus,
    bool CanRebuild,
    string SearcherName,
    long DocumentCount,
    int FieldCount,
    IReadOnlyDictionary<string, object?> ProviderProperties);

/// <summary>An index's health: <c>Healthy</c>, <c>Unhealthy</c> (locked, unreadable, a failed rebuild), <c>Rebuilding</c> or <c>Corrupt</c>.</summary>
public sealed record HealthStatusResponseModel(string Status, string? Message);

/// <summary>A searcher (Umbraco's SearcherResponse).</summary>
public sealed record SearcherResponse(string Name);

/// <summary>One search hit with every stored field (Umbraco's SearchResultResponseModel).</summary>
public sealed record SearchResultResponseModel(string Id, float Score, int FieldCount, IReadOnlyList<FieldPresentationModel> Fields);

/// <summary>A field and its values (Umbraco's FieldPresentationModel).</summary>
public sealed record FieldPresentationModel(string Name, IReadOnlyList<string> Values);

/// <summary>Where a rebuild stands: items written so far of the expected total.</summary>
public sealed record IndexRebuildProgressResponseModel(string IndexName, bool IsRebuilding, long Done, long? Total);
