namespace CareerCms.Web.Search.Careers;

/// <summary>An as-you-type title completion.</summary>
/// <param name="Title">The career or path name.</param>
/// <param name="ContentType"><c>career</c> or <c>transitionPath</c>.</param>
/// <param name="Route">Its Delivery API route path.</param>
public sealed record CareerSuggestion(string Title, string ContentType, string? Route);
