using CareerCms.Search.Health;

namespace CareerCms.Search.Indexing;

/// <summary>Thrown when an index cannot be read or written right now (locked by another process, corrupt, ...).</summary>
public sealed class IndexUnavailableException : InvalidOperationException
{
    /// <summary>Creates the exception for an index and its current health.</summary>
    public IndexUnavailableException(string indexName, IndexHealth health)
        : base($"Index '{indexName}' is not available ({health.Status}): {health.Message}")
    {
        IndexName = indexName;
        Health = health;
    }

    /// <summary>The index.</summary>
    public string IndexName { get; }

    /// <summary>Its health when the operation failed.</summary>
    public IndexHealth Health { get; }
}
