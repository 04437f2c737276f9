namespace CareerCms.Web.DeliveryApi.OpenApi.Models;

/// <summary>
/// Documentation only (schema <c>IApiContentResponseModel</c>): the content item the content endpoints write. The
/// endpoints render JSON directly; this type only gives the OpenAPI document Umbraco's shape and name.
/// </summary>
public sealed class ApiContentResponseModel
{
    /// <summary>The document type alias.</summary>
    public required string ContentType { get; init; }

    /// <summary>The item's name in the requested culture.</summary>
    public required string Name { get; init; }

    /// <summary>Creation time (UTC).</summary>
    public required DateTime CreateDate { get; init; }

    /// <summary>Last publish time (UTC).</summary>
    public required DateTime UpdateDate { get; init; }

    /// <summary>The item's route.</summary>
    public required ApiContentRouteModel Route { get; init; }

    /// <summary>The item's key.</summary>
    public required Guid Id { get; init; }

    /// <summary>Property values by alias; each editor writes its own shape.</summary>
    public required IReadOnlyDictionary<string, object?> Properties { get; init; }

    /// <summary>The item's route in every culture it is published in (empty for invariant content).</summary>
    public required IReadOnlyDictionary<string, ApiContentRouteModel> Cultures { get; init; }
}

/// <summary>Documentation only (schema <c>IApiContentRouteModel</c>): an item's route.</summary>
public sealed class ApiContentRouteModel
{
    /// <summary>Root-relative path, e.g. <c>/mlops-engineer/</c>; the root itself is <c>/</c>.</summary>
    public required string Path { get; init; }

    /// <summary>A query string carried by a link, else null.</summary>
    public string? QueryString { get; init; }

    /// <summary>The root the path is relative to.</summary>
    public required ApiContentStartItemModel StartItem { get; init; }
}

/// <summary>Documentation only (schema <c>IApiContentStartItemModel</c>): the root of a route.</summary>
public sealed class ApiContentStartItemModel
{
    /// <summary>The root's key.</summary>
    public required Guid Id { get; init; }

    /// <summary>The root's URL segment.</summary>
    public required string Path { get; init; }
}

/// <summary>Documentation only (schema <c>PagedIApiContentResponseModel</c>): one page of a content query.</summary>
public sealed class PagedApiContentResponseModel
{
    /// <summary>Index hits for the query (all pages).</summary>
    public required long Total { get; init; }

    /// <summary>The page's items.</summary>
    public required IReadOnlyList<ApiContentResponseModel> Items { get; init; }
}
