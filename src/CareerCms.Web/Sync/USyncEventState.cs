namespace CareerCms.Web.Sync;

/// <summary>
/// uSync's "events paused" flag (its EventPausedKey): while an import runs, export-on-save handlers do nothing,
/// so importing does not rewrite the files being imported.
/// </summary>
public sealed class USyncEventState
{
    private int _pauses;

    /// <summary>True while at least one import runs.</summary>
    public bool IsPaused => Volatile.Read(ref _pauses) > 0;

    /// <summary>Pauses export-on-save until the returned handle is disposed.</summary>
    public IDisposable Pause()
    {
        Interlocked.Increment(ref _pauses);
        return new Resume(this);
    }

    private sealed class Resume(USyncEventState state) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                Interlocked.Decrement(ref state._pauses);
            }
        }
    }
}
