using System.Data.Common;

namespace CareerCms.Web.Persistence;

/// <summary>
/// One database transaction, Umbraco-scope style: scopes opened while another is active on the same async flow
/// join it (same connection and transaction); the outermost one commits, and only if every nested scope completed.
/// Work enlisted with <see cref="OnCommitting"/> runs inside the transaction just before the commit; work enlisted
/// with <see cref="OnCommitted"/> runs only after it ("after" notifications, cache and index work).
/// </summary>
public sealed class DatabaseScope : IAsyncDisposable
{
    private readonly DatabaseScope? _parent;
    private readonly Action? _onDisposed;
    private readonly List<Func<Task>> _beforeCommit = [];
    private readonly List<Func<Task>> _afterCommit = [];
    private readonly List<Func<Task>> _afterRollback = [];
    private readonly IDisposable? _writerLock;
    private bool _completed;
    private bool _childFailed;

    internal DatabaseScope(DbConnection connection, DbTransaction transaction, IDisposable? writerLock, Action onDisposed)
    {
        Connection = connection;
        Transaction = transaction;
        _writerLock = writerLock;
        _onDisposed = onDisposed;
    }

    private DatabaseScope(DatabaseScope parent, Action onDisposed)
    {
        _parent = parent;
        _onDisposed = onDisposed;
        Connection = parent.Connection;
        Transaction = parent.Transaction;
    }

    /// <summary>The open connection.</summary>
    public DbConnection Connection { get; }

    /// <summary>The transaction every command of this scope must use.</summary>
    public DbTransaction Transaction { get; }

    /// <summary>State shared by everything in the outermost scope (e.g. batched journal payloads).</summary>
    public IDictionary<string, object> Items => _parent?.Items ?? _items;

    private readonly Dictionary<string, object> _items = [];

    /// <summary>True when this scope joined an outer one.</summary>
    public bool IsNested => _parent is not null;

    /// <summary>Marks the work as done; the outermost scope commits on dispose, otherwise everything rolls back.</summary>
    public void Complete() => _completed = true;

    /// <summary>Enlists work that runs in the transaction right before the outermost commit.</summary>
    public void OnCommitting(Func<Task> action)
    {
        if (_parent is not null)
        {
            _parent.OnCommitting(action);
            return;
        }

        _beforeCommit.Add(action);
    }

    /// <summary>Enlists work that runs after a successful commit of the outermost scope, in enlistment order.</summary>
    public void OnCommitted(Func<Task> action)
    {
        if (_parent is not null)
        {
            _parent.OnCommitted(action);
            return;
        }

        _afterCommit.Add(action);
    }

    /// <summary>Enlists work that runs after the outermost scope rolled back (undo in-memory state).</summary>
    public void OnRolledBack(Func<Task> action)
    {
        if (_parent is not null)
        {
            _parent.OnRolledBack(action);
            return;
        }

        _afterRollback.Add(action);
    }

    internal DatabaseScope CreateChild(Action onDisposed) => new(this, onDisposed);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        _onDisposed?.Invoke();
        if (_parent is not null)
        {
            if (!_completed)
            {
                _parent._childFailed = true;
            }

            return;
        }

        var committed = false;
        try
        {
            if (_completed && !_childFailed)
            {
                // Hooks may enlist more hooks (e.g. the journal flush); run until none are left.
                for (var i = 0; i < _beforeCommit.Count; i++)
                {
                    await _beforeCommit[i]().ConfigureAwait(false);
                }

                await Transaction.CommitAsync().ConfigureAwait(false);
                committed = true;
            }
            else
            {
                await Transaction.RollbackAsync().ConfigureAwait(false);
            }
        }
        finally
        {
            await Transaction.DisposeAsync().ConfigureAwait(false);
            await Connection.DisposeAsync().ConfigureAwait(false);
            _writerLock?.Dispose();
        }

        foreach (var action in committed ? _afterCommit : _afterRollback)
        {
            await action().ConfigureAwait(false);
        }
    }
}
