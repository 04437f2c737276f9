namespace CareerCms.Search.Indexing;

/// <summary>
/// The process-wide record of which index owns which folder. Lucene's native lock already stops a second writer,
/// but claiming up front turns a configuration mistake (two indexes, one folder) into a clear error at startup
/// instead of a "locked" index at run time.
/// </summary>
/// <remarks>
/// A folder whose owner is closing (its final commit still running, e.g. a host being disposed on another thread
/// while a new host starts in the same process) is waited for, up to <see cref="ClosingOwnerWait"/>; a folder whose
/// owner is open fails at once.
/// </remarks>
internal static class IndexDirectoryClaims
{
    /// <summary>How long a new claim waits for a closing owner to finish closing.</summary>
    public static readonly TimeSpan ClosingOwnerWait = TimeSpan.FromSeconds(30);

    private static readonly Dictionary<string, Claimant> Owners = new(
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);

    public static DirectoryClaim Claim(string fullPath, string indexName)
    {
        var key = Path.TrimEndingDirectorySeparator(fullPath);
        var deadline = DateTime.UtcNow + ClosingOwnerWait;
        lock (Owners)
        {
            while (Owners.TryGetValue(key, out var owner))
            {
                var remaining = deadline - DateTime.UtcNow;
                if (!owner.Closing || remaining <= TimeSpan.Zero)
                {
                    throw new IndexDirectoryInUseException(fullPath, owner.IndexName);
                }

                Monitor.Wait(Owners, remaining);
            }

            var claimant = new Claimant(indexName);
            Owners.Add(key, claimant);
            return new DirectoryClaim(key, claimant);
        }
    }

    /// <summary>True when the folder's owner has begun closing.</summary>
    public static bool IsClosing(string fullPath)
    {
        lock (Owners)
        {
            return Owners.TryGetValue(Path.TrimEndingDirectorySeparator(fullPath), out var owner) && owner.Closing;
        }
    }

    /// <summary>One index's hold on its folder.</summary>
    internal sealed class DirectoryClaim : IDisposable
    {
        private readonly string _key;
        private readonly Claimant _claimant;
        private int _released;

        public DirectoryClaim(string key, Claimant claimant)
        {
            _key = key;
            _claimant = claimant;
        }

        /// <summary>Marks the owner as closing: a new claim on the folder now waits instead of failing.</summary>
        public void BeginClose()
        {
            lock (Owners)
            {
                _claimant.Closing = true;
            }
        }

        /// <summary>Releases the folder and wakes waiting claims.</summary>
        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) != 0)
            {
                return;
            }

            lock (Owners)
            {
                if (Owners.TryGetValue(_key, out var current) && ReferenceEquals(current, _claimant))
                {
                    Owners.Remove(_key);
                }

                Monitor.PulseAll(Owners);
            }
        }
    }

    internal sealed class Claimant(string indexName)
    {
        public string IndexName { get; } = indexName;

        public bool Closing { get; set; }
    }
}
