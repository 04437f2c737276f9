using CareerCms.Web.Content.Schema;
using CareerCms.Web.Content.UmbracoAdapters;

namespace CareerCms.Web.Content.Journal;

/// <summary>Applies schema instructions: reloads data types and document types on this node.</summary>
public sealed class SchemaInstructionRefresher(SchemaCatalog schema, UmbracoContentFactory contentFactory) : ICacheInstructionRefresher
{
    /// <inheritdoc />
    public string Name => CacheInstruction.Schema;

    /// <inheritdoc />
    public async Task RefreshAsync(CacheInstruction instruction, CancellationToken cancellationToken)
    {
        await schema.ReloadAsync(cancellationToken).ConfigureAwait(false);
        contentFactory.ResetContentTypes();
    }

    /// <inheritdoc />
    public Task RefreshAllAsync(bool coldBoot, CancellationToken cancellationToken) => RefreshAsync(new CacheInstruction(Name, []), cancellationToken);
}
