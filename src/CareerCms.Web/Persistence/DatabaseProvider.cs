namespace CareerCms.Web.Persistence;

/// <summary>The database engines CareerCms runs on, named by the ADO.NET provider names Umbraco configures.</summary>
public enum DatabaseProvider
{
    /// <summary><c>Microsoft.Data.Sqlite</c>: the embedded default.</summary>
    Sqlite,

    /// <summary><c>Npgsql</c>: PostgreSQL, for load-balanced sites.</summary>
    PostgreSql,
}
