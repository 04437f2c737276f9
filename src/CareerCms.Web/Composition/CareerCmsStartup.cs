using CareerCms.Web.Content.Journal;
using CareerCms.Web.Content.Schema;
using CareerCms.Web.Persistence;

namespace CareerCms.Web.Composition;

/// <summary>
/// Boots the runtime before the site answers requests: migrations, schema, the start-up steps packages and
/// features add (e.g. the uSync first-boot import), then the caches and indexes from the journal.
/// </summary>
public sealed class CareerCmsStartup(
    DatabaseMigrator migrator,
    SchemaCatalog schema,
    CacheInstructionProcessor journal,
    IEnumerable<IStartupStep> steps,
    ILogger<CareerCmsStartup> logger)
{
    /// <summary>Runs every boot step in order.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        migrator.Migrate();
        await schema.ReloadAsync(cancellationToken).ConfigureAwait(false);
        foreach (var step in steps.OrderBy(s => s.Order))
        {
            logger.LogDebug("Start-up step {Step}", step.GetType().Name);
            await step.RunAsync(cancellationToken).ConfigureAwait(false);
        }

        await journal.InitializeAsync(cancellationToken).ConfigureAwait(false);
    }
}

/// <summary>A boot step run after migrations and before the caches load.</summary>
public interface IStartupStep
{
    /// <summary>Lower runs first.</summary>
    int Order { get; }

    /// <summary>Does the work; an exception stops the site from starting.</summary>
    Task RunAsync(CancellationToken cancellationToken);
}
