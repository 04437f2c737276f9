using CareerCms.Web.Composition;
using CareerCms.Web.Sync.Export;
using CareerCms.Web.Sync.Import;
using CareerCms.Web.Sync.Serialization;
using CareerCms.Web.Sync.Startup;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Umbraco.Cms.Core.DependencyInjection;
using Umbraco.Cms.Core.Notifications;

namespace CareerCms.Web.Sync;

/// <summary>Registers the uSync feature: settings, serializers, import/export, first boot and export on save (content and schema).</summary>
public static class USyncBuilderExtensions
{
    /// <summary>
    /// Adds uSync: binds and validates <c>uSync:Settings</c>, registers the serializers, importer, exporter and
    /// first-boot start-up step, and the export-on-save notification handlers. Safe to call more than once.
    /// </summary>
    public static IUmbracoBuilder AddUSync(this IUmbracoBuilder builder)
    {
        if (builder.Services.Any(s => s.ServiceType == typeof(USyncImporter)))
        {
            return builder;
        }

        builder.Services.AddOptions<USyncSettings>().Bind(builder.Config.GetSection(USyncSettings.SectionName)).ValidateOnStart();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<USyncSettings>, USyncSettingsValidator>());

        builder.Services.AddSingleton<DataTypeSerializer>();
        builder.Services.AddSingleton<ContentTypeSerializer>();
        builder.Services.AddSingleton<ContentSerializer>();
        builder.Services.AddSingleton<ContentSyncItemFactory>();
        builder.Services.AddSingleton<USyncEventState>();

        builder.Services.AddSingleton<USyncFolderReader>();
        builder.Services.AddSingleton<USyncImportChecker>(sp => new USyncImportChecker(
            sp.GetRequiredService<Content.Schema.SchemaCatalog>(),
            sp.GetRequiredService<IOptions<USyncSettings>>().Value,
            sp.GetRequiredService<Content.Editors.PropertyEditorRegistry>()));
        builder.Services.AddSingleton<SchemaImportStep>();
        builder.Services.AddSingleton<ContentImportStep>();
        builder.Services.AddSingleton<USyncImporter>();

        builder.Services.AddSingleton<USyncFileWriter>();
        builder.Services.AddSingleton<USyncExporter>();

        builder.Services.AddSingleton<USyncFirstBootImporter>();
        builder.Services.AddSingleton<IStartupStep, USyncFirstBootStep>();

        builder.AddNotificationHandler<ContentSavedNotification, ContentExportOnSaveHandler>();
        builder.AddNotificationHandler<ContentPublishedNotification, ContentExportOnSaveHandler>();
        builder.AddNotificationHandler<ContentUnpublishedNotification, ContentExportOnSaveHandler>();
        builder.AddNotificationHandler<ContentMovedNotification, ContentExportOnSaveHandler>();
        builder.AddNotificationHandler<ContentMovedToRecycleBinNotification, ContentExportOnSaveHandler>();
        builder.AddNotificationHandler<ContentSortedNotification, ContentExportOnSaveHandler>();
        builder.AddNotificationHandler<ContentDeletedNotification, ContentExportOnSaveHandler>();
        builder.AddNotificationHandler<DataTypeSavedNotification, SchemaExportOnSaveHandler>();
        builder.AddNotificationHandler<ContentTypeSavedNotification, SchemaExportOnSaveHandler>();
        return builder;
    }
}
