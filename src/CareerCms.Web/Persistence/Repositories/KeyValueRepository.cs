using System.Data.Common;
using Dapper;

namespace CareerCms.Web.Persistence.Repositories;

/// <summary>Small durable facts (e.g. "starter content imported") in umbracoKeyValue.</summary>
public sealed class KeyValueRepository
{
    /// <summary>Reads a value.</summary>
    public Task<string?> GetAsync(DbConnection connection, string key, DbTransaction? transaction = null) =>
        connection.ExecuteScalarAsync<string?>("SELECT value FROM umbracoKeyValue WHERE key = @key", new { key }, transaction);

    /// <summary>Writes a value.</summary>
    public Task SetAsync(DbConnection connection, string key, string? value, DbTransaction transaction) =>
        connection.ExecuteAsync(
            """
            INSERT INTO umbracoKeyValue (key, value, updated) VALUES (@key, @value, @updated)
            ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated = excluded.updated
            """,
            new { key, value, updated = DbDate.Write(DateTime.UtcNow) }, transaction);
}
