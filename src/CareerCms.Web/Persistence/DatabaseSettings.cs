using Microsoft.Data.Sqlite;

namespace CareerCms.Web.Persistence;

/// <summary>
/// The connection Umbraco's way: <c>ConnectionStrings:umbracoDbDSN</c> and <c>ConnectionStrings:umbracoDbDSN_ProviderName</c>.
/// </summary>
public sealed class DatabaseSettings
{
    /// <summary>Umbraco's connection string name.</summary>
    public const string ConnectionStringName = "umbracoDbDSN";

    /// <summary>Suffix Umbraco appends to the connection string name for the provider name.</summary>
    public const string ProviderNameSuffix = "_ProviderName";

    /// <summary>The default when nothing is configured: a SQLite file under the site's umbraco/Data folder.</summary>
    public const string DefaultSqliteConnectionString = "Data Source=|DataDirectory|/Umbraco.sqlite.db;Foreign Keys=True;Pooling=True";

    /// <summary>Creates settings for one provider and a connection string with |DataDirectory| already expanded.</summary>
    public DatabaseSettings(DatabaseProvider provider, string connectionString)
    {
        Provider = provider;
        ConnectionString = connectionString;
    }

    /// <summary>The engine.</summary>
    public DatabaseProvider Provider { get; }

    /// <summary>The ADO.NET connection string, |DataDirectory| expanded.</summary>
    public string ConnectionString { get; }

    /// <summary>Reads the settings from configuration; throws with a clear message for an unknown provider.</summary>
    public static DatabaseSettings FromConfiguration(IConfiguration configuration, string dataDirectory)
    {
        var connectionString = configuration.GetConnectionString(ConnectionStringName);
        var providerName = configuration.GetConnectionString(ConnectionStringName + ProviderNameSuffix);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            connectionString = DefaultSqliteConnectionString;
            providerName ??= "Microsoft.Data.Sqlite";
        }

        var provider = ParseProvider(providerName, connectionString);
        var expanded = connectionString.Replace("|DataDirectory|", dataDirectory, StringComparison.OrdinalIgnoreCase);
        if (provider == DatabaseProvider.Sqlite)
        {
            EnsureSqliteFolderExists(expanded);
        }

        return new DatabaseSettings(provider, expanded);
    }

    private static DatabaseProvider ParseProvider(string? providerName, string connectionString)
    {
        switch (providerName)
        {
            case "Microsoft.Data.Sqlite" or "Microsoft.Data.SQLite" or "System.Data.SQLite":
                return DatabaseProvider.Sqlite;
            case "Npgsql" or "Npgsql2" or "PostgreSQL":
                return DatabaseProvider.PostgreSql;
            case null or "":
                // Umbraco infers SQLite from a "Data Source=...db" string; we infer PostgreSQL from Host=.
                return connectionString.Contains("Host=", StringComparison.OrdinalIgnoreCase)
                    ? DatabaseProvider.PostgreSql
                    : DatabaseProvider.Sqlite;
            default:
                throw new InvalidOperationException(
                    $"ConnectionStrings:{ConnectionStringName}{ProviderNameSuffix} is '{providerName}'; " +
                    "CareerCms supports 'Microsoft.Data.Sqlite' (default) and 'Npgsql' (PostgreSQL).");
        }
    }

    private static void EnsureSqliteFolderExists(string connectionString)
    {
        var dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
        var folder = Path.GetDirectoryName(Path.GetFullPath(dataSource));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }
    }
}
