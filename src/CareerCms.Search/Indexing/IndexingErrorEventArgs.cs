namespace CareerCms.Search.Indexing;

/// <summary>Raised when an item or a write operation fails; the index carries on with the next work.</summary>
public sealed class IndexingErrorEventArgs(LuceneIndex index, string message, string? itemId, Exception? exception) : EventArgs
{
    /// <summary>The index that failed.</summary>
    public LuceneIndex Index { get; } = index;

    /// <summary>What failed.</summary>
    public string Message { get; } = message;

    /// <summary>The value set id, when one item failed.</summary>
    public string? ItemId { get; } = itemId;

    /// <summary>The cause, if any.</summary>
    public Exception? Exception { get; } = exception;
}
