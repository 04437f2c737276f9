using System.Data.Common;
using Npgsql;

namespace CareerCms.Web.Persistence;

/// <summary>PostgreSQL: concurrent writers, row locks; identifiers are unquoted (folded to lower case).</summary>
public sealed class PostgreSqlDialect : SqlDialect
{
    /// <inheritdoc />
    public override DatabaseProvider Provider => DatabaseProvider.PostgreSql;

    /// <inheritdoc />
    public override string MigrationFolder => "Postgres";

    /// <inheritdoc />
    public override bool SerializesWriters => false;

    /// <inheritdoc />
    public override string CaseInsensitiveLike(string column, string parameterName) =>
        $"{column} ILIKE {parameterName}";

    /// <inheritdoc />
    public override string InList(string column, string parameterName) => $"{column} = ANY({parameterName})";

    /// <inheritdoc />
    /// <remarks>starts_with is served by the text_pattern_ops index on paths (migration 0002).</remarks>
    public override string StartsWith(string column, string parameterName) =>
        $"({column} LIKE {parameterName} || '%')";

    /// <inheritdoc />
    public override DbConnection CreateConnection(string connectionString) => new NpgsqlConnection(connectionString);
}
