using System.Runtime.CompilerServices;
using CareerCms.Search.Indexing;

namespace CareerCms.Web.Search.Indexing;

/// <summary>
/// Umbraco's TransformingIndexValues step for content indexes: <c>__Path</c> and <c>__Icon</c> are copied from
/// <c>path</c> and <c>icon</c> just before a document is written (Umbraco does this in
/// UmbracoContentIndex.OnTransformingIndexValues). Attached once per index, before this runtime's first write to it.
/// </summary>
public static class ContentIndexTransforms
{
    private static readonly ConditionalWeakTable<LuceneIndex, object> Attached = [];

    /// <summary>Subscribes the transform to <paramref name="index"/> unless it already is.</summary>
    public static void Attach(LuceneIndex index)
    {
        ArgumentNullException.ThrowIfNull(index);
        lock (Attached)
        {
            if (Attached.TryGetValue(index, out _))
            {
                return;
            }

            Attached.Add(index, new object());
            index.TransformingIndexValues += CopyReservedFields;
        }
    }

    private static void CopyReservedFields(object? sender, TransformingIndexValuesEventArgs e)
    {
        var values = e.ValueSet.Values;
        if (!values.TryGetValue(ContentIndexFieldNames.Path, out var path) && !values.TryGetValue(ContentIndexFieldNames.Icon, out _))
        {
            return;
        }

        var copy = new Dictionary<string, IReadOnlyList<object>>(values, StringComparer.Ordinal);
        if (path is not null)
        {
            copy[ContentIndexFieldNames.IndexPath] = path;
        }

        if (values.TryGetValue(ContentIndexFieldNames.Icon, out var icon))
        {
            copy[ContentIndexFieldNames.IndexIcon] = icon;
        }

        e.SetValues(copy);
    }
}
