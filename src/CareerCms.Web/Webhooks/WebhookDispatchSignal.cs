namespace CareerCms.Web.Webhooks;

/// <summary>Wakes the dispatcher when a transaction that queued deliveries commits (otherwise it polls every Period).</summary>
internal sealed class WebhookDispatchSignal : IDisposable
{
    private readonly SemaphoreSlim _signal = new(0, 1);

    /// <summary>Wakes the dispatcher (a pending wake-up absorbs further ones).</summary>
    public void Notify()
    {
        try
        {
            _signal.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already signalled: the dispatcher will look at the outbox anyway.
        }
    }

    /// <summary>Waits for a wake-up or the timeout.</summary>
    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _signal.WaitAsync(timeout, cancellationToken);

    /// <inheritdoc />
    public void Dispose() => _signal.Dispose();
}
