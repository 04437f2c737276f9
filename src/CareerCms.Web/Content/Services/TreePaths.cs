using System.Globalization;
using CareerCms.Web.Content.Documents;

namespace CareerCms.Web.Content.Services;

/// <summary>Rewrites paths and levels when a branch moves (to another parent, into or out of the recycle bin).</summary>
internal static class TreePaths
{
    /// <summary>The moved node and its descendants with paths re-rooted under <paramref name="newParentPath"/>.</summary>
    public static IReadOnlyList<Document> Rebase(Document node, IReadOnlyList<Document> descendants, int newParentId, string newParentPath, int newParentLevel)
    {
        var newPath = $"{newParentPath},{node.Id.ToString(CultureInfo.InvariantCulture)}";
        var levelShift = newParentLevel + 1 - node.Level;
        var result = new List<Document> { node with { ParentId = newParentId, Path = newPath, Level = newParentLevel + 1 } };
        foreach (var d in descendants)
        {
            result.Add(d with { Path = newPath + d.Path[node.Path.Length..], Level = d.Level + levelShift });
        }

        return result;
    }
}
