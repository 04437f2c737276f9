using Npgsql;

namespace CareerCms.Web.Tests.Infrastructure;

/// <summary>A real, empty database for one test host: a SQLite file in a temp folder, or a new PostgreSQL database.</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    /// <summary>Environment variable test.sh sets to the test PostgreSQL server's connection string.</summary>
    public const string PostgresVariable = "CAREERCMS_TEST_POSTGRES";

    private readonly string? _adminConnectionString;

    private TestDatabase(TestDatabaseKind kind, string connectionString, string providerName, string? adminConnectionString, string? databaseName)
    {
        Kind = kind;
        ConnectionString = connectionString;
        ProviderName = providerName;
        _adminConnectionString = adminConnectionString;
        DatabaseName = databaseName;
    }

    public TestDatabaseKind Kind { get; }

    public string ConnectionString { get; }

    public string ProviderName { get; }

    public string? DatabaseName { get; }

    /// <summary>Creates a database of the given kind under <paramref name="dataDirectory"/> (SQLite) or on the test server.</summary>
    public static async Task<TestDatabase> CreateAsync(TestDatabaseKind kind, string dataDirectory)
    {
        if (kind == TestDatabaseKind.Sqlite)
        {
            var file = Path.Combine(dataDirectory, "Umbraco.sqlite.db");
            return new TestDatabase(kind, $"Data Source={file};Foreign Keys=True;Pooling=False", "Microsoft.Data.Sqlite", null, null);
        }

        var admin = Environment.GetEnvironmentVariable(PostgresVariable);
        if (string.IsNullOrWhiteSpace(admin))
        {
            throw new InvalidOperationException(
                $"PostgreSQL tests need {PostgresVariable} (the README's test command ./test.sh starts a server and sets it).");
        }

        var name = "careercms_" + Guid.NewGuid().ToString("N")[..16];
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await command.ExecuteNonQueryAsync();
        }

        var builder = new NpgsqlConnectionStringBuilder(admin) { Database = name, Pooling = false };
        return new TestDatabase(kind, builder.ConnectionString, "Npgsql", admin, name);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_adminConnectionString is null || DatabaseName is null)
        {
            return;
        }

        await using var connection = new NpgsqlConnection(_adminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {DatabaseName} WITH (FORCE)", connection);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await command.ExecuteNonQueryAsync();
                return;
            }
            catch (PostgresException ex) when (attempt < 5 && ex.SqlState is PostgresErrorCodes.InsufficientPrivilege or PostgresErrorCodes.ObjectInUse)
            {
                // A background process (autovacuum) was still in the database and could not be ended: try again.
                await Task.Delay(200 * attempt);
            }
        }
    }
}

/// <summary>The database engines the integration suite runs against.</summary>
public enum TestDatabaseKind
{
    Sqlite,
    PostgreSql,
}
