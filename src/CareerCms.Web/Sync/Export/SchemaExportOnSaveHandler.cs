using CareerCms.Web.Content.Schema;
using Microsoft.Extensions.Options;
using Umbraco.Cms.Core.Events;
using Umbraco.Cms.Core.Notifications;

namespace CareerCms.Web.Sync.Export;

/// <summary>
/// uSync's ExportOnSave for Settings: after a data type or document type save commits (Core's DataTypeSaved and
/// ContentTypeSaved notifications), its <c>.config</c> file is rewritten in the format of a full export. Active when
/// <c>uSync:Settings:ExportOnSave</c> includes Settings; paused while an import runs. When it also includes Content,
/// the documents of a saved document type (and of types composing it) are rewritten too, since a removed or renamed
/// property changes their stored values.
/// </summary>
/// <remarks>Waited on after the commit like <see cref="ContentExportOnSaveHandler"/>; a failure is logged, the save stands.</remarks>
internal sealed class SchemaExportOnSaveHandler(
    USyncExporter exporter,
    USyncEventState eventState,
    SchemaCatalog schema,
    IOptions<USyncSettings> settings,
    IHostEnvironment environment,
    ILogger<SchemaExportOnSaveHandler> logger) :
    INotificationHandler<DataTypeSavedNotification>,
    INotificationHandler<ContentTypeSavedNotification>
{
    public void Handle(DataTypeSavedNotification notification)
    {
        if (Includes(USyncGroups.Settings))
        {
            var keys = notification.SavedEntities.Select(d => d.Key).ToArray();
            Run(() => exporter.ExportSchemaAsync(RootFolder, keys, []));
        }
    }

    public void Handle(ContentTypeSavedNotification notification)
    {
        var keys = notification.SavedEntities.Select(t => t.Key).ToArray();
        if (Includes(USyncGroups.Settings))
        {
            Run(() => exporter.ExportSchemaAsync(RootFolder, [], keys));
        }

        if (Includes(USyncGroups.Content))
        {
            var aliases = WithComposingTypes(keys).Select(t => t.Alias).ToArray();
            Run(() => exporter.ExportContentOfTypesAsync(RootFolder, aliases));
        }
    }

    // The saved types and every type composing one of them, transitively (they carry the same properties).
    private List<ContentTypeDefinition> WithComposingTypes(IEnumerable<Guid> keys)
    {
        var result = keys.Select(schema.GetContentType).OfType<ContentTypeDefinition>().ToList();
        for (var i = 0; i < result.Count; i++)
        {
            var current = result[i];
            result.AddRange(schema.ContentTypes.Where(c => c.Compositions.Any(r => r.Key == current.Key) && result.All(r => r.Key != c.Key)));
        }

        return result;
    }

    private bool Includes(string group) => !eventState.IsPaused && USyncGroups.Includes(settings.Value.ExportOnSave, group);

    private string RootFolder => settings.Value.ResolveRootFolder(environment.ContentRootPath);

    private void Run(Func<Task> work)
    {
        try
        {
            // Task.Run: no captured context can deadlock the wait.
            Task.Run(work).GetAwaiter().GetResult();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidOperationException or System.Data.Common.DbException)
        {
            logger.LogError(ex, "uSync export on save failed; the schema change itself was saved");
        }
    }
}
