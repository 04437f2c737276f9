using System.Data.Common;
using CareerCms.Web.Persistence;
using Dapper;
using Umbraco.Cms.Core.Models;

namespace CareerCms.Web.Content.Scheduling;

/// <summary>umbracoContentSchedule: the pending release and expire dates of documents.</summary>
public sealed class ContentScheduleRepository(SqlDialect dialect)
{
    private const string SelectEntry = """
        SELECT s.id, s.uniqueId, s.nodeId, n.uniqueId AS nodeKey, s.culture, s.action, s.date, s.userId
        FROM umbracoContentSchedule s
        JOIN umbracoNode n ON n.id = s.nodeId
        """;

    /// <summary>The pending entries of one document.</summary>
    public async Task<IReadOnlyList<ContentScheduleEntry>> GetForNodeAsync(DbConnection connection, int nodeId, DbTransaction? transaction = null)
    {
        var rows = await connection.QueryAsync<Row>(SelectEntry + " WHERE s.nodeId = @nodeId ORDER BY s.date", new { nodeId }, transaction).ConfigureAwait(false);
        return rows.Select(Map).ToArray();
    }

    /// <summary>The pending entries of many documents.</summary>
    public async Task<IReadOnlyList<ContentScheduleEntry>> GetForNodesAsync(DbConnection connection, IReadOnlyCollection<int> nodeIds, DbTransaction? transaction = null)
    {
        var result = new List<ContentScheduleEntry>();
        foreach (var chunk in nodeIds.Distinct().Chunk(500))
        {
            var rows = await connection.QueryAsync<Row>(SelectEntry + " WHERE " + dialect.InList("s.nodeId", "@chunk"), new { chunk }, transaction).ConfigureAwait(false);
            result.AddRange(rows.Select(Map));
        }

        return result;
    }

    /// <summary>
    /// Entries due at <paramref name="now"/>, oldest first (a release before an expire of the same moment), at most
    /// <paramref name="take"/>.
    /// </summary>
    public async Task<IReadOnlyList<ContentScheduleEntry>> GetDueAsync(DbConnection connection, DateTime now, int take, DbTransaction? transaction = null)
    {
        var rows = await connection.QueryAsync<Row>(
            SelectEntry + " WHERE s.date <= @now ORDER BY s.date, CASE s.action WHEN 'Release' THEN 0 ELSE 1 END, s.id LIMIT @take",
            new { now = DbDate.Write(now), take }, transaction).ConfigureAwait(false);
        return rows.Select(Map).ToArray();
    }

    /// <summary>Sets (date) or clears (null) one action of a document's invariant schedule.</summary>
    public async Task SetAsync(DbConnection connection, int nodeId, ContentScheduleAction action, DateTime? date, int userId, DateTime now, DbTransaction transaction)
    {
        await connection.ExecuteAsync(
            "DELETE FROM umbracoContentSchedule WHERE nodeId = @nodeId AND culture = '' AND action = @action",
            new { nodeId, action = action.ToString() }, transaction).ConfigureAwait(false);
        if (date is null)
        {
            return;
        }

        await connection.ExecuteAsync(
            """
            INSERT INTO umbracoContentSchedule (uniqueId, nodeId, culture, action, date, userId, createDate)
            VALUES (@uniqueId, @nodeId, '', @action, @date, @userId, @now)
            """,
            new
            {
                uniqueId = Guid.NewGuid().ToString("D"),
                nodeId,
                action = action.ToString(),
                date = DbDate.Write(date.Value),
                userId,
                now = DbDate.Write(now),
            },
            transaction).ConfigureAwait(false);
    }

    /// <summary>
    /// Deletes an entry; true when this transaction removed it. This is the claim: on PostgreSQL a second node's
    /// delete of the same row waits for the first transaction and then finds nothing; SQLite has one writer at a time.
    /// </summary>
    public async Task<bool> ClaimAsync(DbConnection connection, int id, DbTransaction transaction) =>
        await connection.ExecuteAsync("DELETE FROM umbracoContentSchedule WHERE id = @id", new { id }, transaction).ConfigureAwait(false) == 1;

    private static ContentScheduleEntry Map(Row r) => new(
        r.Id,
        Guid.Parse(r.UniqueId),
        r.NodeId,
        Guid.Parse(r.NodeKey),
        r.Culture,
        Enum.Parse<ContentScheduleAction>(r.Action),
        DbDate.Read(r.Date),
        r.UserId);

    // A settable POCO: Dapper converts SQLite's 64-bit integers into its int properties.
    private sealed class Row
    {
        public int Id { get; set; }

        public string UniqueId { get; set; } = "";

        public int NodeId { get; set; }

        public string NodeKey { get; set; } = "";

        public string Culture { get; set; } = "";

        public string Action { get; set; } = "";

        public string Date { get; set; } = "";

        public int UserId { get; set; }
    }
}
