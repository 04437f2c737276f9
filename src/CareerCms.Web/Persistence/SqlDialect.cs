using System.Data.Common;

namespace CareerCms.Web.Persistence;

/// <summary>What differs between the SQL engines; everything else is shared SQL run through Dapper.</summary>
public abstract class SqlDialect
{
    /// <summary>The engine this dialect speaks.</summary>
    public abstract DatabaseProvider Provider { get; }

    /// <summary>The folder name of this dialect's embedded migration scripts.</summary>
    public abstract string MigrationFolder { get; }

    /// <summary>
    /// True when the engine allows only one writer at a time (SQLite): the scope provider then serializes write
    /// transactions in-process instead of letting them fail with "database is locked".
    /// </summary>
    public abstract bool SerializesWriters { get; }

    /// <summary>A case-insensitive LIKE comparison of <paramref name="column"/> with a parameter.</summary>
    public abstract string CaseInsensitiveLike(string column, string parameterName);

    /// <summary>"column is one of the list parameter's values" (SQLite expands the list; PostgreSQL binds an array).</summary>
    public abstract string InList(string column, string parameterName);

    /// <summary>
    /// "column starts with the prefix parameter" in a form that uses the column's index. The parameter holds the
    /// plain prefix (no wildcard).
    /// </summary>
    public abstract string StartsWith(string column, string parameterName);

    /// <summary>Creates a closed connection.</summary>
    public abstract DbConnection CreateConnection(string connectionString);

    /// <summary>Runs per-connection set-up after opening (pragmas, session settings).</summary>
    public virtual Task InitializeConnectionAsync(DbConnection connection, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    /// <summary>The dialect for a provider.</summary>
    public static SqlDialect For(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.Sqlite => new SqliteDialect(),
        DatabaseProvider.PostgreSql => new PostgreSqlDialect(),
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Unknown database provider."),
    };
}
