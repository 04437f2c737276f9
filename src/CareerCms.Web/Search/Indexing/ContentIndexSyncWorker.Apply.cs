using CareerCms.Search.Indexing;
using CareerCms.Web.Content.Journal;
using Umbraco.Cms.Core.Services.Changes;

namespace CareerCms.Web.Search.Indexing;

internal sealed partial class ContentIndexSyncWorker
{
    /// <summary>Reads and applies every instruction after the lowest cursor, in rounds.</summary>
    private async Task CatchUpAsync(IReadOnlyList<IndexSyncState> states, CancellationToken cancellationToken)
    {
        while (true)
        {
            var from = states.Min(s => s.Cursor);
            var entries = await journal.ReadAfterAsync(from, options.CurrentValue.JournalBatchSize, cancellationToken).ConfigureAwait(false);
            if (entries.Count == 0)
            {
                ConfirmIdleCheckpoints(states);
                return;
            }

            // Indexes at the same position share one load; after a rebuild one may be behind the other.
            foreach (var group in states.GroupBy(s => s.Cursor).OrderBy(g => g.Key))
            {
                var pending = entries.Where(e => e.Id > group.Key).ToList();
                if (pending.Count > 0)
                {
                    await ApplyAsync(group.ToList(), pending, cancellationToken).ConfigureAwait(false);
                }
            }
        }
    }

    private async Task ApplyAsync(IReadOnlyList<IndexSyncState> states, IReadOnlyList<ContentJournalEntry> entries, CancellationToken cancellationToken)
    {
        var refresh = new Dictionary<int, bool>();
        var removed = new HashSet<int>();
        if (entries.Any(e => e.Instruction.Refresher == CacheInstruction.Schema))
        {
            // A document type changed (icon, properties): Umbraco re-indexes the content of changed types; this
            // runtime's journal does not say which types changed, so it rebuilds.
            states.ToList().ForEach(s => StartRebuild(s.Index.Name, cancellationToken));
        }

        foreach (var payload in entries.Where(e => e.Instruction.Refresher == CacheInstruction.Content).SelectMany(e => e.Instruction.Payloads))
        {
            if (payload.ChangeTypes.HasFlag(TreeChangeTypes.RefreshAll))
            {
                states.ToList().ForEach(s => StartRebuild(s.Index.Name, cancellationToken));
            }
            else if (payload.ChangeTypes.HasFlag(TreeChangeTypes.Remove))
            {
                removed.Add(payload.Id);
            }
            else
            {
                refresh[payload.Id] = refresh.GetValueOrDefault(payload.Id) || payload.ChangeTypes.HasFlag(TreeChangeTypes.RefreshBranch);
            }
        }

        var written = removed.Count > 0 || refresh.Count > 0;
        if (removed.Count > 0)
        {
            foreach (var parent in await RemoveAsync(states, removed, cancellationToken).ConfigureAwait(false))
            {
                refresh.TryAdd(parent, false);
            }
        }

        if (refresh.Count > 0)
        {
            await RefreshAsync(states, refresh, cancellationToken).ConfigureAwait(false);
        }

        var last = entries[^1].Id;
        foreach (var state in states)
        {
            state.Cursor = last;
            if (written)
            {
                await state.Index.WaitForChangesAsync(cancellationToken).ConfigureAwait(false);
                state.MarkApplied();
            }

            if (!state.Blocked)
            {
                state.Candidate = last;
            }

            if (written || state.Candidate != state.WrittenCheckpoint)
            {
                // A commit already under way when the marks above were set may have read the older ones; this write
                // guarantees a later commit, which records the checkpoint and makes the changes visible.
                state.Index.DeleteFromIndex([CommitNudgeId]);
            }

            state.LastError = null;
        }
    }

    private async Task RefreshAsync(IReadOnlyList<IndexSyncState> states, Dictionary<int, bool> refresh, CancellationToken cancellationToken)
    {
        var (batch, missing) = await loader.LoadAsync(refresh, cancellationToken).ConfigureAwait(false);

        // A path's career counts it (tie-break signals): re-index the career too, and the one it left when moved.
        var paths = batch.Documents.Where(d => d.ContentTypeAlias == CareerContentTypes.TransitionPath).ToList();
        var parents = paths.Select(d => d.ParentId)
            .Concat(IndexedParents(states, paths.Select(d => ContentValueSetBuilder.IndexId(d.Id))))
            .Where(id => id > 0 && !refresh.ContainsKey(id)).Distinct().ToList();
        if (parents.Count > 0)
        {
            parents.ForEach(id => refresh[id] = false);
            (batch, missing) = await loader.LoadAsync(refresh, cancellationToken).ConfigureAwait(false);
        }

        if (missing.Count > 0)
        {
            await RemoveAsync(states, missing.ToHashSet(), cancellationToken).ConfigureAwait(false);
        }

        foreach (var state in states)
        {
            var (toIndex, toDelete) = builder.Build(batch, ContentIndexNames.IsPublishedOnly(state.Index.Name));
            if (toDelete.Count > 0)
            {
                state.Index.DeleteFromIndex(toDelete);
            }

            if (toIndex.Count > 0)
            {
                state.Index.IndexItems(toIndex);
            }
        }
    }

    /// <summary>
    /// Deletes removed documents and their descendants (found by <c>__Path</c>, as Umbraco does); returns the
    /// careers whose transition paths were removed, to re-index their counts.
    /// </summary>
    private async Task<IReadOnlyList<int>> RemoveAsync(IReadOnlyList<IndexSyncState> states, IReadOnlySet<int> ids, CancellationToken cancellationToken)
    {
        var parents = new HashSet<int>();
        foreach (var state in states)
        {
            var index = state.Index;
            await index.WaitForChangesAsync(cancellationToken).ConfigureAwait(false);
            var toDelete = new HashSet<string>(StringComparer.Ordinal);
            foreach (var id in ids)
            {
                var indexId = ContentValueSetBuilder.IndexId(id);
                toDelete.Add(indexId);
                var existing = index.Searcher.CreateQuery().Id(indexId).Execute(0, 1).Items.FirstOrDefault();
                if (existing?.GetValue(ContentIndexFieldNames.ParentId) is { } parent && int.TryParse(parent, out var parentId) && parentId > 0
                    && existing.GetValue("__NodeTypeAlias") == CareerContentTypes.TransitionPath)
                {
                    parents.Add(parentId);
                }

                foreach (var descendant in Descendants(index, id))
                {
                    toDelete.Add(descendant);
                }
            }

            index.DeleteFromIndex(toDelete);
        }

        parents.ExceptWith(ids);
        return parents.ToList();
    }

    /// <summary>The parent ids the indexes hold for these documents (before they are re-indexed).</summary>
    private static IEnumerable<int> IndexedParents(IReadOnlyList<IndexSyncState> states, IEnumerable<string> ids)
    {
        var list = ids.ToList();
        if (list.Count == 0 || states.FirstOrDefault(s => ContentIndexNames.IsPublishedOnly(s.Index.Name)) is not { } external)
        {
            return [];
        }

        return external.Index.Searcher.CreateQuery()
            .GroupedOr([CareerCms.Search.Model.IndexFieldNames.NodeId], list)
            .SelectFields(ContentIndexFieldNames.ParentId)
            .Execute(0, list.Count)
            .Items
            .Select(r => int.TryParse(r.GetValue(ContentIndexFieldNames.ParentId), out var parent) ? parent : 0)
            .ToList();
    }

    private static IEnumerable<string> Descendants(LuceneIndex index, int id)
    {
        // Raw __Path terms: "-1,{id},..." below a root, "-1,...,{id},..." deeper.
        var text = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var query = $"{ContentIndexFieldNames.IndexPath}:\\-1,{text},* OR {ContentIndexFieldNames.IndexPath}:\\-1,*,{text},*";
        var total = Math.Max(1, index.GetDocumentCount());
        return index.Searcher.CreateQuery().NativeQuery(query).SelectFields(ContentIndexFieldNames.Id).Execute(0, (int)Math.Min(total, int.MaxValue)).Items.Select(r => r.Id);
    }

    /// <summary>When nothing is pending, re-confirm an old checkpoint so the journal's retention window does not expire it.</summary>
    private void ConfirmIdleCheckpoints(IReadOnlyList<IndexSyncState> states)
    {
        foreach (var state in states)
        {
            if (!state.Blocked && !state.Index.IsRebuilding && state.WrittenCheckpoint >= 0 && state.WrittenCheckpoint == state.Cursor
                && DateTime.UtcNow - state.WrittenUtc > CheckpointRefresh)
            {
                var now = DateTime.UtcNow;
                checkpoints.Write(state.Index.Name, new ContentIndexCheckpoint(state.WrittenCheckpoint, now, ContentIndexCheckpoint.CurrentFormat));
                state.WrittenUtc = now;
            }
        }
    }
}
