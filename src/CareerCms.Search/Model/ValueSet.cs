using System.Collections;
using System.Collections.ObjectModel;

namespace CareerCms.Search.Model;

/// <summary>
/// One item to index: an id, a category (content, media, member...), an item type (the document type alias) and
/// multi-valued fields. Immutable once built.
/// </summary>
public sealed class ValueSet
{
    private static readonly IReadOnlyDictionary<string, IReadOnlyList<object>> NoValues =
        new ReadOnlyDictionary<string, IReadOnlyList<object>>(new Dictionary<string, IReadOnlyList<object>>());

    /// <summary>Creates a value set whose fields may each hold several values.</summary>
    /// <param name="id">The document id; the update and delete key (<c>__NodeId</c>).</param>
    /// <param name="category">Stored in <c>__IndexType</c> (for example <c>content</c>).</param>
    /// <param name="itemType">Stored in <c>__NodeTypeAlias</c> (for example the document type alias).</param>
    /// <param name="values">Field values; null values are dropped.</param>
    public ValueSet(string id, string category, string itemType, IReadOnlyDictionary<string, IReadOnlyList<object>> values)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(values);
        Id = id;
        Category = category ?? string.Empty;
        ItemType = itemType ?? string.Empty;
        Values = Copy(values);
    }

    /// <summary>Creates an id-only value set (no category, type or values), as used for deletes.</summary>
    public ValueSet(string id)
        : this(id, string.Empty, string.Empty, NoValues)
    {
    }

    /// <summary>The document id.</summary>
    public string Id { get; }

    /// <summary>The category, indexed as <c>__IndexType</c>.</summary>
    public string Category { get; }

    /// <summary>The item type, indexed as <c>__NodeTypeAlias</c>.</summary>
    public string ItemType { get; }

    /// <summary>Every field with all of its values.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<object>> Values { get; }

    /// <summary>
    /// Builds a value set from single or multiple values per field: a value that is a non-string sequence becomes
    /// several values; null values are skipped.
    /// </summary>
    public static ValueSet FromValues(string id, string category, string itemType, IEnumerable<KeyValuePair<string, object?>> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var fields = new Dictionary<string, IReadOnlyList<object>>();
        foreach (var (name, value) in values)
        {
            var list = value switch
            {
                null => [],
                string text => [text],
                IEnumerable many => many.Cast<object?>().OfType<object>().ToArray(),
                _ => new[] { value },
            };
            if (list.Length > 0)
            {
                fields[name] = fields.TryGetValue(name, out var existing) ? [.. existing, .. list] : list;
            }
        }

        return new ValueSet(id, category, itemType, fields);
    }

    /// <summary>The first value of a field, or null when the field is absent.</summary>
    public object? GetValue(string field) =>
        Values.TryGetValue(field, out var values) && values.Count > 0 ? values[0] : null;

    /// <summary>All values of a field (empty when the field is absent).</summary>
    public IReadOnlyList<object> GetValues(string field) =>
        Values.TryGetValue(field, out var values) ? values : [];

    /// <summary>A copy of this value set with the same id, category and item type but other values.</summary>
    public ValueSet WithValues(IReadOnlyDictionary<string, IReadOnlyList<object>> values) =>
        new(Id, Category, ItemType, values);

    private static ReadOnlyDictionary<string, IReadOnlyList<object>> Copy(IReadOnlyDictionary<string, IReadOnlyList<object>> values)
    {
        var copy = new Dictionary<string, IReadOnlyList<object>>(values.Count, StringComparer.Ordinal);
        foreach (var (name, list) in values)
        {
            var kept = list?.Where(value => value is not null).ToArray() ?? [];
            if (kept.Length > 0)
            {
                copy[name] = Array.AsReadOnly(kept);
            }
        }

        return new ReadOnlyDictionary<string, IReadOnlyList<object>>(copy);
    }
}
