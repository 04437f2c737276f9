namespace CareerCms.Web.Content.Editors;

/// <summary>Small string conveniences.</summary>
internal static class StringExtensions
{
    /// <summary>Null for null or empty strings.</summary>
    public static string? NullIfEmpty(this string? value) => string.IsNullOrEmpty(value) ? null : value;
}
