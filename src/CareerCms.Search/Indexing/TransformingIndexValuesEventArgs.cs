using CareerCms.Search.Model;

namespace CareerCms.Search.Indexing;

/// <summary>
/// Raised for each valid value set just before it is written: handlers may replace its values or cancel it.
/// Handlers run on the index's write queue, in subscription order, each seeing the previous one's changes.
/// </summary>
public sealed class TransformingIndexValuesEventArgs(LuceneIndex index, ValueSet valueSet) : EventArgs
{
    /// <summary>The index being written.</summary>
    public LuceneIndex Index { get; } = index;

    /// <summary>The value set that will be written.</summary>
    public ValueSet ValueSet { get; private set; } = valueSet;

    /// <summary>Set to true to skip this item (an existing document with its id is left unchanged).</summary>
    public bool Cancel { get; set; }

    /// <summary>Replaces the values to index, keeping the id, category and item type.</summary>
    public void SetValues(IReadOnlyDictionary<string, IReadOnlyList<object>> values) =>
        ValueSet = ValueSet.WithValues(values);
}
