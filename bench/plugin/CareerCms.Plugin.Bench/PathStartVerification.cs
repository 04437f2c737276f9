using System.Data.Common;
using System.Globalization;
using CareerCms.Plugin.Api.PathStarts;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace CareerCms.Plugin.Bench;

/// <summary>
/// Compares the acknowledgement log with the stored rows: every start the site acknowledged as counted must be a row
/// of careerPathStart (visitor ids are the site's hash of the visitor cookie and the day, with the default empty salt).
/// </summary>
internal static class PathStartVerification
{
    public static async Task<int> RunAsync(string provider, string connectionString, string ackFile)
    {
        await using DbConnection connection = provider == "Npgsql" ? new NpgsqlConnection(connectionString) : new SqliteConnection(connectionString);
        await connection.OpenAsync();
        var stored = new HashSet<(Guid, string, string)>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT pathKey, day, visitorId FROM careerPathStart";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                stored.Add((Guid.Parse(reader.GetString(0)), reader.GetString(1), reader.GetString(2)));
            }
        }

        long totals;
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT COALESCE(SUM(starts), 0) FROM careerPathStartCount";
            totals = Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
        }

        var acknowledged = 0;
        var missing = 0;
        foreach (var line in await File.ReadAllLinesAsync(ackFile))
        {
            var parts = line.Split(' ');
            if (parts.Length != 3)
            {
                continue;
            }

            acknowledged++;
            var path = Guid.Parse(parts[0]);
            var day = DateOnly.ParseExact(parts[2], "yyyy-MM-dd", CultureInfo.InvariantCulture);
            var found = new[] { day, day.AddDays(-1) }.Any(d =>
                stored.Contains((path, d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), VisitorIdentity.Hash("", d, "cookie:" + parts[1]))));
            missing += found ? 0 : 1;
        }

        Console.WriteLine($"acknowledged as counted: {acknowledged}; rows stored: {stored.Count}; per-path totals: {totals}; acknowledged but not stored (lost): {missing}");
        return missing == 0 ? 0 : 1;
    }
}
