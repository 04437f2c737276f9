using System.Data;
using System.Data.Common;

namespace CareerCms.Web.Persistence;

/// <summary>Opens connections and write scopes for the configured database.</summary>
public sealed class DatabaseScopeProvider
{
    private readonly SemaphoreSlim _writerGate = new(1, 1);
    private readonly AsyncLocal<AmbientBox?> _ambient = new();

    /// <summary>Creates the provider for the configured database.</summary>
    public DatabaseScopeProvider(DatabaseSettings settings)
    {
        Settings = settings;
        Dialect = SqlDialect.For(settings.Provider);
    }

    /// <summary>The database settings.</summary>
    public DatabaseSettings Settings { get; }

    /// <summary>The SQL dialect of the configured engine.</summary>
    public SqlDialect Dialect { get; }

    /// <summary>Opens a connection for reads; the caller disposes it.</summary>
    public async Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken = default)
    {
        var connection = Dialect.CreateConnection(Settings.ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await Dialect.InitializeConnectionAsync(connection, cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>The scope active on this async flow, if any.</summary>
    public DatabaseScope? AmbientScope => _ambient.Value?.Scope;

    /// <summary>
    /// Begins a write transaction; every multi-row change runs in exactly one of these. Inside an active scope the
    /// new scope joins it, so a whole import commits or rolls back as one.
    /// </summary>
    public Task<DatabaseScope> CreateScopeAsync(CancellationToken cancellationToken = default)
    {
        // Not async: the AsyncLocal must be set in the caller's execution context, which an async method would restore.
        if (_ambient.Value is { Scope: { } outer } box)
        {
            var child = outer.CreateChild(() => box.Scope = outer);
            box.Scope = child;
            return Task.FromResult(child);
        }

        var newBox = new AmbientBox();
        _ambient.Value = newBox;
        return CreateRootScopeAsync(newBox, cancellationToken);
    }

    private async Task<DatabaseScope> CreateRootScopeAsync(AmbientBox box, CancellationToken cancellationToken)
    {
        IDisposable? writerLock = null;
        if (Dialect.SerializesWriters)
        {
            await _writerGate.WaitAsync(cancellationToken).ConfigureAwait(false);
            writerLock = new GateRelease(_writerGate);
        }

        try
        {
            var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            var transaction = await connection
                .BeginTransactionAsync(IsolationLevel.ReadCommitted, cancellationToken)
                .ConfigureAwait(false);
            var scope = new DatabaseScope(connection, transaction, writerLock, () => box.Scope = null);
            box.Scope = scope;
            return scope;
        }
        catch
        {
            writerLock?.Dispose();
            throw;
        }
    }

    private sealed class AmbientBox
    {
        public DatabaseScope? Scope { get; set; }
    }

    private sealed class GateRelease(SemaphoreSlim gate) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                gate.Release();
            }
        }
    }
}
