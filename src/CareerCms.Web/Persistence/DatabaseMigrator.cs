using System.Reflection;
using DbUp;
using DbUp.Engine;

namespace CareerCms.Web.Persistence;

/// <summary>Runs the versioned migrations of the configured dialect at start-up (DbUp, one transaction per script).</summary>
public sealed class DatabaseMigrator(DatabaseScopeProvider scopeProvider, ILogger<DatabaseMigrator> logger)
{
    /// <summary>Applies every migration not yet in the journal; throws with DbUp's message when one fails.</summary>
    public void Migrate()
    {
        var settings = scopeProvider.Settings;
        var folder = $".Persistence.Migrations.{scopeProvider.Dialect.MigrationFolder}.";
        var assembly = Assembly.GetExecutingAssembly();
        var builder = settings.Provider switch
        {
            DatabaseProvider.Sqlite => DeployChanges.To.SqliteDatabase(settings.ConnectionString),
            DatabaseProvider.PostgreSql => DeployChanges.To.PostgresqlDatabase(settings.ConnectionString),
            _ => throw new InvalidOperationException($"No migrations for {settings.Provider}."),
        };

        var upgrader = builder
            .WithScriptsEmbeddedInAssembly(assembly, name => name.Contains(folder, StringComparison.Ordinal))
            .WithTransactionPerScript()
            .LogToNowhere()
            .Build();

        var pending = upgrader.GetScriptsToExecute();
        if (pending.Count == 0)
        {
            return;
        }

        logger.LogInformation("Applying {Count} database migration(s) on {Provider}", pending.Count, settings.Provider);
        DatabaseUpgradeResult result = upgrader.PerformUpgrade();
        if (!result.Successful)
        {
            throw new InvalidOperationException(
                $"Database migration '{result.ErrorScript?.Name}' failed: {result.Error?.Message}", result.Error);
        }
    }
}
