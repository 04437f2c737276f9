using System.Globalization;
using Umbraco.Cms.Core.Strings;

namespace CareerCms.Web.Content.Services;

/// <summary>
/// Umbraco's sibling naming rule: a name already used under the same parent becomes "Name (1)", "Name (2)"...;
/// the URL segment comes from the final name, and is made unique too.
/// </summary>
public sealed class DocumentNaming(IShortStringHelper shortStringHelper)
{
    /// <summary>The unique name and URL segment for a node among its siblings' names and segments.</summary>
    public (string Name, string UrlSegment) MakeUnique(string requestedName, IReadOnlyList<(string Name, string UrlSegment)> siblings)
    {
        var name = requestedName.Trim();
        var takenNames = siblings.Select(s => s.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var takenSegments = siblings.Select(s => s.UrlSegment).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var candidate = name;
        for (var i = 1; takenNames.Contains(candidate) || takenSegments.Contains(Segment(candidate)); i++)
        {
            candidate = string.Create(CultureInfo.InvariantCulture, $"{name} ({i})");
        }

        return (candidate, Segment(candidate));
    }

    /// <summary>The URL segment of a name, as Umbraco's default short string helper makes it.</summary>
    public string Segment(string name)
    {
        var segment = shortStringHelper.CleanStringForUrlSegment(name);
        return string.IsNullOrEmpty(segment) ? "item" : segment;
    }
}
