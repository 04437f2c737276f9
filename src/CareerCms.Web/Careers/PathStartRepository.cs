using System.Data.Common;
using System.Globalization;
using System.Text;
using CareerCms.Plugin.Ports;
using CareerCms.Web.Persistence;
using Dapper;

namespace CareerCms.Web.Careers;

/// <summary>
/// SQL of the path-start tables (migration 0200), identical on SQLite and PostgreSQL: keys as "D" text, days as
/// yyyy-MM-dd, multi-row inserts that report which rows were new (<c>ON CONFLICT DO NOTHING RETURNING</c>).
/// </summary>
public sealed class PathStartRepository
{
    /// <summary>Rows per INSERT statement (4 parameters each, well under both engines' limits).</summary>
    public const int RowsPerStatement = 250;

    /// <summary>Inserts the starts; returns the ones that were new (the others were already counted).</summary>
    public async Task<IReadOnlySet<PathStart>> InsertAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<PathStart> starts, DateTime now)
    {
        var inserted = new HashSet<PathStart>();
        foreach (var chunk in starts.Chunk(RowsPerStatement))
        {
            var sql = new StringBuilder("INSERT INTO careerPathStart (pathKey, day, visitorId, createDate) VALUES ");
            var parameters = new DynamicParameters();
            parameters.Add("createDate", DbDate.Write(now));
            for (var i = 0; i < chunk.Length; i++)
            {
                sql.Append(i == 0 ? "" : ", ").Append(CultureInfo.InvariantCulture, $"(@k{i}, @d{i}, @v{i}, @createDate)");
                parameters.Add($"k{i}", chunk[i].PathKey.ToString("D"));
                parameters.Add($"d{i}", Day(chunk[i].Day));
                parameters.Add($"v{i}", chunk[i].VisitorId);
            }

            sql.Append(" ON CONFLICT DO NOTHING RETURNING pathKey, day, visitorId");
            var rows = await connection.QueryAsync<(string PathKey, string Day, string VisitorId)>(sql.ToString(), parameters, transaction).ConfigureAwait(false);
            foreach (var row in rows)
            {
                inserted.Add(new PathStart(Guid.Parse(row.PathKey), row.VisitorId, DateOnly.ParseExact(row.Day, "yyyy-MM-dd", CultureInfo.InvariantCulture)));
            }
        }

        return inserted;
    }

    /// <summary>Adds new starts to the per-path totals: one multi-row upsert per chunk (one round trip, not one per path).</summary>
    public async Task AddToCountsAsync(DbConnection connection, DbTransaction transaction, IReadOnlyDictionary<Guid, long> added, DateTime now)
    {
        foreach (var chunk in added.Chunk(RowsPerStatement))
        {
            var sql = new StringBuilder("INSERT INTO careerPathStartCount (pathKey, starts, updateDate) VALUES ");
            var parameters = new DynamicParameters();
            parameters.Add("updateDate", DbDate.Write(now));
            for (var i = 0; i < chunk.Length; i++)
            {
                sql.Append(i == 0 ? "" : ", ").Append(CultureInfo.InvariantCulture, $"(@k{i}, @s{i}, @updateDate)");
                parameters.Add($"k{i}", chunk[i].Key.ToString("D"));
                parameters.Add($"s{i}", chunk[i].Value);
            }

            // Keys are distinct within a statement (a dictionary), as PostgreSQL requires for DO UPDATE.
            sql.Append(" ON CONFLICT (pathKey) DO UPDATE SET starts = careerPathStartCount.starts + excluded.starts, updateDate = excluded.updateDate");
            await connection.ExecuteAsync(sql.ToString(), parameters, transaction).ConfigureAwait(false);
        }
    }

    /// <summary>Every path's total.</summary>
    public async Task<Dictionary<Guid, long>> GetCountsAsync(DbConnection connection)
    {
        var rows = await connection.QueryAsync<(string PathKey, long Starts)>("SELECT pathKey, starts FROM careerPathStartCount").ConfigureAwait(false);
        return rows.ToDictionary(r => Guid.Parse(r.PathKey), r => r.Starts);
    }

    /// <summary>Deletes rows of days before <paramref name="firstKeptDay"/> (totals keep them).</summary>
    public Task<int> PruneAsync(DbConnection connection, DbTransaction transaction, DateOnly firstKeptDay) =>
        connection.ExecuteAsync("DELETE FROM careerPathStart WHERE day < @day", new { day = Day(firstKeptDay) }, transaction);

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
