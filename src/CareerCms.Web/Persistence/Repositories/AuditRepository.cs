using System.Data.Common;
using CareerCms.Web.Content.Documents;
using Dapper;

namespace CareerCms.Web.Persistence.Repositories;

/// <summary>The audit trail: one entry per content operation.</summary>
public sealed class AuditRepository
{
    /// <summary>Writes an entry inside the operation's transaction.</summary>
    public Task AddAsync(DbConnection connection, AuditEntry entry, DbTransaction transaction) =>
        connection.ExecuteAsync(
            "INSERT INTO umbracoAudit (nodeId, nodeKey, userId, action, comment, eventDate) VALUES (@nodeId, @nodeKey, @userId, @action, @comment, @eventDate)",
            new
            {
                nodeId = entry.NodeId,
                nodeKey = entry.NodeKey?.ToString("D"),
                userId = entry.UserId,
                action = entry.Action,
                comment = entry.Comment,
                eventDate = DbDate.Write(entry.EventDate),
            },
            transaction);

    /// <summary>A document's history, newest first.</summary>
    public async Task<IReadOnlyList<AuditEntry>> GetForNodeAsync(DbConnection connection, Guid nodeKey, int skip, int take)
    {
        var rows = await connection.QueryAsync<(int Id, int? NodeId, string? NodeKey, int UserId, string Action, string? Comment, string EventDate)>(
            """
            SELECT id, nodeId, nodeKey, userId, action, comment, eventDate FROM umbracoAudit
            WHERE nodeKey = @nodeKey ORDER BY id DESC LIMIT @take OFFSET @skip
            """,
            new { nodeKey = nodeKey.ToString("D"), skip, take }).ConfigureAwait(false);
        return rows.Select(r => new AuditEntry(
            r.Id, r.NodeId, r.NodeKey is null ? null : Guid.Parse(r.NodeKey), r.UserId, r.Action, r.Comment, DbDate.Read(r.EventDate))).ToArray();
    }
}
