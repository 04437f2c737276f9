using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.Models.PublishedContent;

namespace CareerCms.Web.Backoffice.Schema;

/// <summary>
/// Property aliases a document type may not use, as Umbraco's reserved field names for documents: the members of
/// Core's <see cref="IPublishedContent"/> (Id, Key, Name, Path, Children, …) plus Core's
/// <see cref="ContentPropertySettings.ReservedFieldNames"/>. Compared case-insensitively.
/// </summary>
public static class ReservedPropertyAliases
{
    private static readonly HashSet<string> Names = Build();

    /// <summary>Every reserved alias.</summary>
    public static IReadOnlyCollection<string> All => Names;

    /// <summary>True when <paramref name="alias"/> is reserved.</summary>
    public static bool Contains(string alias) => Names.Contains(alias);

    private static HashSet<string> Build()
    {
        var type = typeof(IPublishedContent);
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var property in type.GetInterfaces().Append(type).SelectMany(i => i.GetProperties()))
        {
            names.Add(property.Name);
        }

        names.UnionWith(new ContentPropertySettings().ReservedFieldNames);
        return names;
    }
}
