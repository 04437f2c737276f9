namespace CareerCms.Search.Indexing;

/// <summary>
/// The process-wide record of which index owns which folder. Lucene's native lock already stops a second writer,
/// but claiming up front turns a configuration mistake (two indexes, one folder) into a clear error at startup
/// instead of a "locked" index at run time.
/// </summary>
internal static class IndexDirectoryClaims
{
    private static readonly Dictionary<string, string> Owners = new(
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);

    public static IDisposable Claim(string fullPath, string indexName)
    {
        var key = Path.TrimEndingDirectorySeparator(fullPath);
        lock (Owners)
        {
            if (Owners.TryGetValue(key, out var owner))
            {
                throw new IndexDirectoryInUseException(fullPath, owner);
            }

            Owners.Add(key, indexName);
        }

        return new Release(key);
    }

    private sealed class Release(string key) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                lock (Owners)
                {
                    Owners.Remove(key);
                }
            }
        }
    }
}
