using CareerCms.Search.Health;

namespace CareerCms.Web.Search.Indexing;

internal sealed partial class ContentIndexSyncWorker
{
    /// <summary>
    /// Replays from the checkpoint when the index is healthy and the journal still holds everything after it;
    /// otherwise rebuilds (missing, corrupt or empty index, no checkpoint, journal reset, too far behind, or
    /// instructions possibly pruned).
    /// </summary>
    private async Task DecideStartAsync(IndexSyncState state, CancellationToken cancellationToken)
    {
        var name = state.Index.Name;
        var latest = await journal.GetLatestIdAsync(cancellationToken).ConfigureAwait(false);
        var checkpoint = checkpoints.Read(name);
        var reason = await ReasonToRebuildAsync(state, checkpoint, latest, cancellationToken).ConfigureAwait(false);
        if (reason is null)
        {
            state.Cursor = checkpoint!.InstructionId;
            state.Candidate = checkpoint.InstructionId;
            state.WrittenCheckpoint = checkpoint.InstructionId;
            state.WrittenUtc = checkpoint.WrittenUtc;
            state.Blocked = false;
            logger.LogInformation("Index {IndexName} resumes from journal instruction {Id} (latest {Latest})", name, checkpoint.InstructionId, latest);
            return;
        }

        // Changes from here on are applied as they come; the rebuild covers everything before its own snapshot.
        state.Cursor = latest;
        state.Blocked = true;
        if (state.Populations > 0 || rebuilder.IsRebuilding(name))
        {
            logger.LogInformation("Index {IndexName} is being rebuilt already ({Reason})", name, reason);
            return;
        }

        logger.LogInformation("Rebuilding index {IndexName}: {Reason}", name, reason);
        StartRebuild(name, cancellationToken);
    }

    private async Task<string?> ReasonToRebuildAsync(IndexSyncState state, ContentIndexCheckpoint? checkpoint, int latest, CancellationToken cancellationToken)
    {
        if (checkpoint is null)
        {
            return "no checkpoint";
        }

        if (checkpoint.Format != ContentIndexCheckpoint.CurrentFormat)
        {
            return $"its documents were written in format {checkpoint.Format}, this version writes format {ContentIndexCheckpoint.CurrentFormat}";
        }

        // Lucene's CheckIndex over the last commit: a crash or a broken disk can leave files that open but do not read.
        var health = await state.Index.CheckIntegrityAsync(cancellationToken).ConfigureAwait(false);
        if (health.Status is IndexHealthStatus.Corrupt or IndexHealthStatus.Unhealthy)
        {
            return $"the index is {health.Status}: {health.Message}";
        }

        if (!state.Index.IndexExists() || (health.IsHealthy && state.Index.GetDocumentCount() == 0))
        {
            return "the index is missing or empty";
        }

        if (checkpoint.InstructionId > latest)
        {
            return "the checkpoint is ahead of the journal (the database was replaced)";
        }

        if (latest - checkpoint.InstructionId > options.CurrentValue.MaxReplayInstructions)
        {
            return $"{latest - checkpoint.InstructionId} instructions behind";
        }

        if (DateTime.UtcNow - checkpoint.WrittenUtc > journal.Retention)
        {
            // Older than the retention window: instructions after it may have been pruned. They were not if the next
            // one is still there.
            var next = await journal.ReadAfterAsync(checkpoint.InstructionId, 1, cancellationToken).ConfigureAwait(false);
            if (next.Count == 0 || next[0].Id != checkpoint.InstructionId + 1)
            {
                return "the checkpoint is older than the journal's retention";
            }
        }

        return null;
    }
}
