namespace CareerCms.Web.DeliveryApi.Indexing;

/// <summary>
/// Orders writers of DeliveryApiContentIndex that read content and then write it (the refresher-driven updater and
/// the plugin's re-indexer): each holds the gate from reading to queuing its writes, so the writer that read later
/// also writes later and an older read never overwrites a newer one. The index's own write queue keeps that order.
/// </summary>
public sealed class DeliveryApiIndexWriteGate
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>Runs <paramref name="readAndQueue"/> alone among gated writers.</summary>
    public async Task RunAsync(Func<Task> readAndQueue, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(readAndQueue);
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await readAndQueue().ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }
}
