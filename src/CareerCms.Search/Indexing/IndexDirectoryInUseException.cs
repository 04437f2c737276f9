namespace CareerCms.Search.Indexing;

/// <summary>
/// Thrown when a second <see cref="LuceneIndex"/> is created on a folder that an index of this process already
/// owns: one writer per index folder per process.
/// </summary>
public sealed class IndexDirectoryInUseException : InvalidOperationException
{
    /// <summary>Creates the exception for a folder and the index that owns it.</summary>
    public IndexDirectoryInUseException(string directoryPath, string ownerIndexName)
        : base($"The index folder '{directoryPath}' is already open by index '{ownerIndexName}' in this process.")
    {
        DirectoryPath = directoryPath;
        OwnerIndexName = ownerIndexName;
    }

    /// <summary>The contested folder.</summary>
    public string DirectoryPath { get; }

    /// <summary>The index that owns it.</summary>
    public string OwnerIndexName { get; }
}
