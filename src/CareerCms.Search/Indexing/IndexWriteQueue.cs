using System.Collections.Concurrent;

namespace CareerCms.Search.Indexing;

/// <summary>
/// One dedicated thread per index that runs write work in submission order, so writes, commits, wipes and
/// integrity checks never interleave.
/// </summary>
internal sealed class IndexWriteQueue : IDisposable
{
    private readonly BlockingCollection<Action> _work = new();
    private readonly Thread _thread;
    private readonly Action<Exception> _onUnhandled;

    public IndexWriteQueue(string indexName, Action<Exception> onUnhandled)
    {
        _onUnhandled = onUnhandled;
        _thread = new Thread(Run) { IsBackground = true, Name = $"{indexName} writer" };
        _thread.Start();
    }

    public bool IsQueueThread => Thread.CurrentThread == _thread;

    /// <summary>Queues work; false once the queue is draining.</summary>
    public bool TryPost(Action work)
    {
        try
        {
            return _work.TryAdd(work);
        }
        catch (Exception ex) when (ex is InvalidOperationException or ObjectDisposedException)
        {
            return false;
        }
    }

    /// <summary>Queues work and completes with its result (or exception). On the queue thread it runs inline.</summary>
    public Task<T> RunAsync<T>(Func<T> work)
    {
        if (IsQueueThread)
        {
            try
            {
                return Task.FromResult(work());
            }
            catch (Exception ex)
            {
                return Task.FromException<T>(ex);
            }
        }

        var completion = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        var posted = TryPost(() =>
        {
            try
            {
                completion.SetResult(work());
            }
            catch (Exception ex)
            {
                completion.SetException(ex);
            }
        });
        if (!posted)
        {
            completion.SetException(new ObjectDisposedException(nameof(IndexWriteQueue), "The index is closing."));
        }

        return completion.Task;
    }

    public Task RunAsync(Action work) => RunAsync(() =>
    {
        work();
        return true;
    });

    /// <summary>Stops accepting work and waits until everything queued so far has run.</summary>
    public void Dispose()
    {
        _work.CompleteAdding();
        if (!IsQueueThread)
        {
            _thread.Join();
            _work.Dispose();
        }
    }

    private void Run()
    {
        foreach (var work in _work.GetConsumingEnumerable())
        {
            try
            {
                work();
            }
            catch (Exception ex)
            {
                _onUnhandled(ex);
            }
        }
    }
}
