using CareerCms.Search.Health;
using CareerCms.Search.Indexing;
using CareerCms.Search.Registration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CareerCms.Search.Rebuilding;

/// <summary>
/// Checks every registered index (CheckIndex included) and rebuilds those that are missing, empty or corrupt and
/// have a populator. Locked or unreadable indexes are reported and left alone.
/// </summary>
public sealed class IndexStartupCheck
{
    private readonly IndexRegistry _registry;
    private readonly IndexRebuilder _rebuilder;
    private readonly ILogger _logger;

    /// <summary>Creates the check over the registry's indexes.</summary>
    public IndexStartupCheck(IndexRegistry registry, IndexRebuilder rebuilder, ILogger<IndexStartupCheck>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(rebuilder);
        _registry = registry;
        _rebuilder = rebuilder;
        _logger = logger ?? NullLogger<IndexStartupCheck>.Instance;
    }

    /// <summary>Checks (and where needed rebuilds) each index in turn.</summary>
    public async Task<IReadOnlyList<IndexStartupCheckResult>> RunAsync(CancellationToken cancellationToken = default)
    {
        var results = new List<IndexStartupCheckResult>();
        foreach (var index in _registry.Indexes)
        {
            cancellationToken.ThrowIfCancellationRequested();
            results.Add(await CheckAsync(index, cancellationToken).ConfigureAwait(false));
        }

        return results;
    }

    private async Task<IndexStartupCheckResult> CheckAsync(LuceneIndex index, CancellationToken cancellationToken)
    {
        var health = await index.CheckIntegrityAsync(cancellationToken).ConfigureAwait(false);
        var finding = Classify(index, health);
        if (finding is IndexStartupFinding.Healthy or IndexStartupFinding.Unavailable)
        {
            if (finding == IndexStartupFinding.Unavailable)
            {
                _logger.LogWarning("Index {IndexName} is not available at startup: {Message}", index.Name, health.Message);
            }

            return new IndexStartupCheckResult(index.Name, finding, health, null);
        }

        if (!_rebuilder.CanRebuild(index.Name))
        {
            _logger.LogWarning("Index {IndexName} is {Finding} but has no populator to rebuild it from.", index.Name, finding);
            return new IndexStartupCheckResult(index.Name, finding, health, null);
        }

        _logger.LogInformation("Index {IndexName} is {Finding}; rebuilding it.", index.Name, finding);
        var rebuild = await _rebuilder.RebuildAsync(index.Name, cancellationToken: cancellationToken).ConfigureAwait(false);
        return new IndexStartupCheckResult(index.Name, finding, health, rebuild);
    }

    private static IndexStartupFinding Classify(LuceneIndex index, IndexHealth health) => health.Status switch
    {
        IndexHealthStatus.Corrupt => IndexStartupFinding.Corrupt,
        IndexHealthStatus.Unhealthy => IndexStartupFinding.Unavailable,
        IndexHealthStatus.Rebuilding => IndexStartupFinding.Healthy,
        _ when index.CreatedOnOpen && index.GetDocumentCount() == 0 => IndexStartupFinding.Missing,
        _ when index.GetDocumentCount() == 0 => IndexStartupFinding.Empty,
        _ => IndexStartupFinding.Healthy,
    };
}
