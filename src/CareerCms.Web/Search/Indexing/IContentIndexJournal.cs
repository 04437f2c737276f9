using CareerCms.Web.Content.Journal;
using CareerCms.Web.Persistence;
using CareerCms.Web.Persistence.Repositories;
using Microsoft.Extensions.Options;

namespace CareerCms.Web.Search.Indexing;

/// <summary>
/// The content indexes' read-only view of the cache-instruction journal: each index follows it with its own cursor
/// (its checkpoint), independently of the node's published-cache position, which is what lets a crash between a
/// database commit and the index commit be repaired at the next start.
/// </summary>
public interface IContentIndexJournal
{
    /// <summary>How long the journal keeps instructions (older positions may have gaps).</summary>
    TimeSpan Retention { get; }

    /// <summary>The newest instruction id (0 when the journal is empty).</summary>
    Task<int> GetLatestIdAsync(CancellationToken cancellationToken);

    /// <summary>Up to <paramref name="take"/> instructions after <paramref name="afterId"/>, oldest first.</summary>
    Task<IReadOnlyList<ContentJournalEntry>> ReadAfterAsync(int afterId, int take, CancellationToken cancellationToken);
}

/// <summary>One journal instruction.</summary>
public sealed record ContentJournalEntry(int Id, CacheInstruction Instruction);

/// <summary>The journal in the site's database (umbracoCacheInstruction).</summary>
public sealed class CacheInstructionJournal(
    DatabaseScopeProvider scopeProvider,
    CacheInstructionRepository repository,
    IOptions<LoadBalancingOptions> options,
    ILogger<CacheInstructionJournal> logger) : IContentIndexJournal
{
    /// <inheritdoc />
    public TimeSpan Retention => options.Value.TimeToRetainInstructions;

    /// <inheritdoc />
    public async Task<int> GetLatestIdAsync(CancellationToken cancellationToken)
    {
        await using var connection = await scopeProvider.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await repository.GetMaxIdAsync(connection).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<ContentJournalEntry>> ReadAfterAsync(int afterId, int take, CancellationToken cancellationToken)
    {
        await using var connection = await scopeProvider.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var rows = await repository.GetAfterAsync(connection, afterId, take).ConfigureAwait(false);
        var entries = new List<ContentJournalEntry>(rows.Count);
        foreach (var (id, json, _) in rows)
        {
            try
            {
                entries.Add(new ContentJournalEntry(id, CacheInstruction.FromJson(json)));
            }
            catch (System.Text.Json.JsonException ex)
            {
                logger.LogError(ex, "Journal instruction {Id} cannot be read; skipped by the indexes", id);
                entries.Add(new ContentJournalEntry(id, new CacheInstruction("unreadable", [])));
            }
        }

        return entries;
    }
}
