namespace CareerCms.Web.DeliveryApi.OpenApi.Models;

/// <summary>Documentation only (schema <c>IApiMediaWithCropsResponseModel</c>): a media item of the media endpoints.</summary>
public sealed class ApiMediaWithCropsResponseModel
{
    /// <summary>Lower-cased names of the ancestors and the item, e.g. <c>/folder/image/</c>.</summary>
    public required string Path { get; init; }

    /// <summary>Creation time (UTC).</summary>
    public required DateTime CreateDate { get; init; }

    /// <summary>Last update time (UTC).</summary>
    public required DateTime UpdateDate { get; init; }

    /// <summary>The image's focal point, when set.</summary>
    public ImageFocalPointModel? FocalPoint { get; init; }

    /// <summary>The image's crops.</summary>
    public IReadOnlyList<ImageCropModel>? Crops { get; init; }

    /// <summary>The media item's key.</summary>
    public required Guid Id { get; init; }

    /// <summary>The media item's name.</summary>
    public required string Name { get; init; }

    /// <summary>The media type alias.</summary>
    public required string MediaType { get; init; }

    /// <summary>The file's URL (files only).</summary>
    public required string Url { get; init; }

    /// <summary>The file's extension (files only).</summary>
    public string? Extension { get; init; }

    /// <summary>Pixel width (images only).</summary>
    public int? Width { get; init; }

    /// <summary>Pixel height (images only).</summary>
    public int? Height { get; init; }

    /// <summary>File size (files only).</summary>
    public int? Bytes { get; init; }

    /// <summary>Property values by alias (the built-in <c>umbraco*</c> properties excluded).</summary>
    public required IReadOnlyDictionary<string, object?> Properties { get; init; }
}

/// <summary>Documentation only (schema <c>ImageFocalPointModel</c>).</summary>
public sealed class ImageFocalPointModel
{
    /// <summary>0..1 from the left edge.</summary>
    public required double Left { get; init; }

    /// <summary>0..1 from the top edge.</summary>
    public required double Top { get; init; }
}

/// <summary>Documentation only (schema <c>ImageCropModel</c>).</summary>
public sealed class ImageCropModel
{
    /// <summary>The crop alias.</summary>
    public string? Alias { get; init; }

    /// <summary>Crop width.</summary>
    public required int Width { get; init; }

    /// <summary>Crop height.</summary>
    public required int Height { get; init; }

    /// <summary>Editor-chosen coordinates, else null.</summary>
    public ImageCropCoordinatesModel? Coordinates { get; init; }
}

/// <summary>Documentation only (schema <c>ImageCropCoordinatesModel</c>).</summary>
public sealed class ImageCropCoordinatesModel
{
    /// <summary>Left.</summary>
    public required double X1 { get; init; }

    /// <summary>Top.</summary>
    public required double Y1 { get; init; }

    /// <summary>Right.</summary>
    public required double X2 { get; init; }

    /// <summary>Bottom.</summary>
    public required double Y2 { get; init; }
}

/// <summary>Documentation only (schema <c>PagedIApiMediaWithCropsResponseModel</c>): one page of a media query.</summary>
public sealed class PagedApiMediaWithCropsResponseModel
{
    /// <summary>Hits for the query (all pages).</summary>
    public required long Total { get; init; }

    /// <summary>The page's items.</summary>
    public required IReadOnlyList<ApiMediaWithCropsResponseModel> Items { get; init; }
}
