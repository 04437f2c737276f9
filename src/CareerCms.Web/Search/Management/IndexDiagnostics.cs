using CareerCms.Search.Health;
using CareerCms.Search.Indexing;
using CareerCms.Search.Rebuilding;
using CareerCms.Web.Search.Indexing;
using Microsoft.Extensions.Options;

namespace CareerCms.Web.Search.Management;

/// <summary>
/// Builds the dashboard view of an index (Umbraco's IIndexDiagnostics): health, counts and provider properties.
/// A corrupt or locked index is reported, never thrown (Umbraco #14805).
/// </summary>
public sealed class IndexDiagnostics(IndexRebuilder rebuilder, ContentIndexSync sync, IOptionsMonitor<LuceneIndexOptions> indexOptions)
{
    /// <summary>The response model of an index.</summary>
    public IndexResponseModel Describe(LuceneIndex index)
    {
        ArgumentNullException.ThrowIfNull(index);
        var health = index.GetHealth();
        long documents = 0;
        var fields = 0;
        if (health.Status is IndexHealthStatus.Healthy or IndexHealthStatus.Rebuilding)
        {
            try
            {
                documents = index.GetDocumentCount();
                fields = index.GetFieldNames().Count;
            }
            catch (Exception ex) when (ex is IndexUnavailableException or IOException)
            {
                health = new IndexHealth(IndexHealthStatus.Corrupt, $"The document and field counts cannot be read ({ex.Message}).");
            }
        }

        var state = sync.GetState(index.Name);
        if (health.IsHealthy && state?.LastError is { } error)
        {
            health = new IndexHealth(IndexHealthStatus.Unhealthy, error);
        }

        return new IndexResponseModel(
            index.Name,
            new HealthStatusResponseModel(health.Status.ToString(), health.Message),
            rebuilder.CanRebuild(index.Name),
            index.Searcher.Name,
            documents,
            fields,
            ProviderProperties(index, state));
    }

    private Dictionary<string, object?> ProviderProperties(LuceneIndex index, IndexSyncState? state)
    {
        var options = indexOptions.Get(index.Name);
        var properties = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["analyzer"] = options.Analyzer == CareerCms.Search.Analysis.IndexAnalyzer.Standard
                ? nameof(CareerCms.Search.Analysis.CultureInvariantStandardAnalyzer)
                : nameof(CareerCms.Search.Analysis.CultureInvariantWhitespaceAnalyzer),
            ["directoryFactory"] = "FSDirectory (local disk)",
            ["lockFactory"] = "NativeFSLockFactory",
            ["deletionPolicy"] = "SnapshotDeletionPolicy(KeepOnlyLastCommitDeletionPolicy)",
            ["luceneDirectory"] = index.DirectoryPath,
            ["commitInterval"] = options.CommitInterval.ToString("c", System.Globalization.CultureInfo.InvariantCulture),
            ["nrtEnabled"] = options.NrtEnabled,
            ["fieldDefinitions"] = options.FieldDefinitions.Count,
        };

        if (options.Validator is ContentValueSetValidator validator)
        {
            properties["publishedValuesOnly"] = validator.PublishedValuesOnly;
            properties["supportProtectedContent"] = validator.SupportProtectedContent;
            properties["includeItemTypes"] = Array.Empty<string>();
            properties["excludeItemTypes"] = Array.Empty<string>();
        }

        if (state is not null)
        {
            properties["journalPosition"] = state.Cursor;
            properties["checkpoint"] = state.WrittenCheckpoint;
            properties["checkpointWrittenUtc"] = state.WrittenCheckpoint >= 0 ? state.WrittenUtc : null;
        }

        return properties;
    }
}
