using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;

namespace CareerCms.Web.Persistence;

/// <summary>SQLite: one writer at a time, WAL journal so a killed process leaves whole transactions or none.</summary>
public sealed class SqliteDialect : SqlDialect
{
    /// <inheritdoc />
    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    /// <inheritdoc />
    public override string MigrationFolder => "Sqlite";

    /// <inheritdoc />
    public override bool SerializesWriters => true;

    /// <inheritdoc />
    public override string CaseInsensitiveLike(string column, string parameterName) =>
        $"{column} LIKE {parameterName}";

    /// <inheritdoc />
    public override string InList(string column, string parameterName) => $"{column} IN {parameterName}";

    /// <inheritdoc />
    /// <remarks>SQLite's LIKE is case-insensitive and skips the index; a BINARY range on the prefix uses it.</remarks>
    public override string StartsWith(string column, string parameterName) =>
        $"({column} >= {parameterName} AND {column} < {parameterName} || char(1114111))";

    /// <inheritdoc />
    public override DbConnection CreateConnection(string connectionString) => new SqliteConnection(connectionString);

    /// <inheritdoc />
    public override async Task InitializeConnectionAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        // WAL: readers never block the writer; synchronous=NORMAL is durable against a process crash (kill -9).
        await connection.ExecuteAsync(new CommandDefinition(
            "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=10000; PRAGMA foreign_keys=ON;",
            cancellationToken: cancellationToken)).ConfigureAwait(false);
    }
}
