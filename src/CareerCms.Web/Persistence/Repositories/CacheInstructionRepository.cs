using System.Data.Common;
using Dapper;

namespace CareerCms.Web.Persistence.Repositories;

/// <summary>
/// The cache-instruction journal (Umbraco's umbracoCacheInstruction): every content change writes one row in the
/// same transaction, and every node of a load-balanced site replays the rows it has not processed yet.
/// </summary>
public sealed class CacheInstructionRepository
{
    /// <summary>Appends an instruction; returns its id.</summary>
    public Task<int> AddAsync(DbConnection connection, string jsonInstruction, int instructionCount, string originated, DbTransaction transaction) =>
        connection.ExecuteScalarAsync<int>(
            """
            INSERT INTO umbracoCacheInstruction (utcStamp, jsonInstruction, originated, instructionCount)
            VALUES (@utcStamp, @jsonInstruction, @originated, @instructionCount) RETURNING id
            """,
            new { utcStamp = DbDate.Write(DateTime.UtcNow), jsonInstruction, originated, instructionCount }, transaction);

    /// <summary>Instructions after an id, oldest first.</summary>
    public async Task<IReadOnlyList<(int Id, string JsonInstruction, string Originated)>> GetAfterAsync(DbConnection connection, int lastId, int take)
    {
        var rows = await connection.QueryAsync<(int, string, string)>(
            "SELECT id, jsonInstruction, originated FROM umbracoCacheInstruction WHERE id > @lastId ORDER BY id LIMIT @take",
            new { lastId, take }).ConfigureAwait(false);
        return rows.ToArray();
    }

    /// <summary>The newest instruction id (0 when none).</summary>
    public Task<int> GetMaxIdAsync(DbConnection connection) =>
        connection.ExecuteScalarAsync<int>("SELECT COALESCE(MAX(id), 0) FROM umbracoCacheInstruction");

    /// <summary>The last instruction id a node has processed, or null for a node never seen.</summary>
    public Task<int?> GetLastSyncedAsync(DbConnection connection, string machineId) =>
        connection.ExecuteScalarAsync<int?>("SELECT lastSyncedId FROM umbracoLastSynced WHERE machineId = @machineId", new { machineId });

    /// <summary>When a node last recorded its progress, or null for a node never seen.</summary>
    public async Task<DateTime?> GetLastSyncedDateAsync(DbConnection connection, string machineId)
    {
        var text = await connection.ExecuteScalarAsync<string?>(
            "SELECT lastSyncedDate FROM umbracoLastSynced WHERE machineId = @machineId", new { machineId }).ConfigureAwait(false);
        return DbDate.ReadNullable(text);
    }

    /// <summary>The id just before the first instruction written at or after a point in time (the newest id when none).</summary>
    public Task<int> GetIdBeforeAsync(DbConnection connection, DateTime since) =>
        connection.ExecuteScalarAsync<int>(
            "SELECT COALESCE(MIN(id) - 1, (SELECT COALESCE(MAX(id), 0) FROM umbracoCacheInstruction)) FROM umbracoCacheInstruction WHERE utcStamp >= @since",
            new { since = DbDate.Write(since) });

    /// <summary>Records what a node has processed.</summary>
    public Task SetLastSyncedAsync(DbConnection connection, string machineId, int lastSyncedId) =>
        connection.ExecuteAsync(
            """
            INSERT INTO umbracoLastSynced (machineId, lastSyncedId, lastSyncedDate) VALUES (@machineId, @lastSyncedId, @now)
            ON CONFLICT (machineId) DO UPDATE SET lastSyncedId = excluded.lastSyncedId, lastSyncedDate = excluded.lastSyncedDate
            """,
            new { machineId, lastSyncedId, now = DbDate.Write(DateTime.UtcNow) });

    /// <summary>Deletes instructions older than a point in time.</summary>
    public Task<int> PruneAsync(DbConnection connection, DateTime olderThan) =>
        connection.ExecuteAsync("DELETE FROM umbracoCacheInstruction WHERE utcStamp < @cutoff", new { cutoff = DbDate.Write(olderThan) });
}
