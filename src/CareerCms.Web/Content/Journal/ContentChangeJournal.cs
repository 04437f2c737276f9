using CareerCms.Web.Persistence;
using CareerCms.Web.Persistence.Repositories;
using Umbraco.Cms.Core.Cache;
using Umbraco.Cms.Core.Services.Changes;

namespace CareerCms.Web.Content.Journal;

/// <summary>
/// Collects the changes of a transaction and writes them as one cache instruction inside it, right before the
/// commit; once committed, this node's refreshers run at once (other nodes pick it up from the journal).
/// A transaction touching more than <see cref="RefreshAllThreshold"/> items (an import) journals one RefreshAll.
/// </summary>
public sealed class ContentChangeJournal(CacheInstructionRepository repository, CacheInstructionProcessor processor)
{
    /// <summary>Above this many changed items one RefreshAll replaces the per-item payloads.</summary>
    public const int RefreshAllThreshold = 200;

    private const string PendingKey = "journal.pending";

    /// <summary>Records content changes for the scope's transaction.</summary>
    public Task RecordContentAsync(DatabaseScope scope, IEnumerable<(int Id, Guid Key, TreeChangeTypes Change)> changes)
    {
        var pending = Pending(scope);
        foreach (var (id, key, change) in changes)
        {
            pending.Content[id] = pending.Content.TryGetValue(id, out var existing)
                ? (key, existing.Change | change)
                : (key, change);
        }

        return Task.CompletedTask;
    }

    /// <summary>Records a schema change (data types, document types).</summary>
    public Task RecordSchemaAsync(DatabaseScope scope)
    {
        Pending(scope).Schema = true;
        return Task.CompletedTask;
    }

    private PendingChanges Pending(DatabaseScope scope)
    {
        if (scope.Items.TryGetValue(PendingKey, out var existing))
        {
            return (PendingChanges)existing;
        }

        var pending = new PendingChanges();
        scope.Items[PendingKey] = pending;
        scope.OnCommitting(() => FlushAsync(scope, pending));
        scope.OnCommitted(() => processor.ProcessPendingAsync(CancellationToken.None));
        return pending;
    }

    private async Task FlushAsync(DatabaseScope scope, PendingChanges pending)
    {
        if (pending.Schema)
        {
            await WriteAsync(scope, new CacheInstruction(CacheInstruction.Schema, [])).ConfigureAwait(false);
        }

        if (pending.Content.Count == 0)
        {
            return;
        }

        var payloads = pending.Content.Count > RefreshAllThreshold
            ? [new ContentCacheRefresher.JsonPayload { ChangeTypes = TreeChangeTypes.RefreshAll }]
            : pending.Content.Select(p => new ContentCacheRefresher.JsonPayload { Id = p.Key, Key = p.Value.Key, ChangeTypes = p.Value.Change }).ToArray();
        await WriteAsync(scope, new CacheInstruction(CacheInstruction.Content, payloads)).ConfigureAwait(false);
    }

    private Task WriteAsync(DatabaseScope scope, CacheInstruction instruction) =>
        repository.AddAsync(scope.Connection, instruction.ToJson(), Math.Max(1, instruction.Payloads.Count), processor.NodeId, scope.Transaction);

    private sealed class PendingChanges
    {
        public Dictionary<int, (Guid Key, TreeChangeTypes Change)> Content { get; } = [];

        public bool Schema { get; set; }
    }
}
