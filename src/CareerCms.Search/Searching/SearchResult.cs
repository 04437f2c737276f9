namespace CareerCms.Search.Searching;

/// <summary>One hit: the value set id, its score and its stored field values.</summary>
public sealed class SearchResult
{
    internal SearchResult(string id, float score, IReadOnlyDictionary<string, IReadOnlyList<string>> allValues)
    {
        Id = id;
        Score = score;
        AllValues = allValues;
        Values = allValues.ToDictionary(pair => pair.Key, pair => pair.Value[0], StringComparer.Ordinal);
    }

    /// <summary>The value set id (<c>__NodeId</c>).</summary>
    public string Id { get; }

    /// <summary>The relevance score (also computed when sorting by fields).</summary>
    public float Score { get; }

    /// <summary>The first stored value of each field. Numbers are invariant-culture text; dates are ticks.</summary>
    public IReadOnlyDictionary<string, string> Values { get; }

    /// <summary>Every stored value of each field, in indexing order.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> AllValues { get; }

    /// <summary>The first value of a field, or null.</summary>
    public string? GetValue(string field) => Values.GetValueOrDefault(field);
}
