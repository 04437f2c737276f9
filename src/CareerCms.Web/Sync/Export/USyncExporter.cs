using CareerCms.Web.Content.Documents;
using CareerCms.Web.Content.Schema;
using CareerCms.Web.Persistence;
using CareerCms.Web.Persistence.Repositories;
using CareerCms.Web.Sync.Serialization;
using Microsoft.Extensions.Options;

namespace CareerCms.Web.Sync.Export;

/// <summary>Writes data types, document types and content to a uSync folder (all of them, or single items on save).</summary>
public sealed class USyncExporter(
    DatabaseScopeProvider scopeProvider,
    DocumentRepository documents,
    SchemaCatalog catalog,
    DataTypeSerializer dataTypeSerializer,
    ContentTypeSerializer contentTypeSerializer,
    ContentSerializer contentSerializer,
    ContentSyncItemFactory itemFactory,
    USyncFileWriter writer,
    IOptions<USyncSettings> settings)
{
    /// <summary>
    /// Writes every data type, document type and content item (recycle bin included, as uSync does). With
    /// <paramref name="clean"/> the handler folders are emptied first (uSync's "Export Clean").
    /// </summary>
    public async Task<USyncExportReport> ExportAllAsync(string rootFolder, bool clean = false, CancellationToken cancellationToken = default)
    {
        rootFolder = Path.GetFullPath(rootFolder);
        if (clean)
        {
            foreach (var folder in new[] { USyncFolders.DataTypes, USyncFolders.ContentTypes, USyncFolders.Content })
            {
                var path = Path.Combine(rootFolder, folder);
                if (Directory.Exists(path))
                {
                    Directory.Delete(path, recursive: true);
                }
            }
        }

        var items = new List<USyncExportItem>();
        var dataTypeIndex = Index(rootFolder, USyncFolders.DataTypes);
        foreach (var dataType in catalog.DataTypes.OrderBy(d => d.Name, USyncOrder.Instance).ThenBy(d => d.Key))
        {
            var file = await writer.WriteItemAsync(
                rootFolder, USyncFolders.DataTypes, dataType.Key, dataType.Name, dataTypeSerializer.Serialize(dataType), dataTypeIndex, cancellationToken).ConfigureAwait(false);
            items.Add(new USyncExportItem(file, DataTypeSerializer.ElementName, dataType.Name));
        }

        var contentTypeIndex = Index(rootFolder, USyncFolders.ContentTypes);
        foreach (var type in catalog.ContentTypes.OrderBy(t => t.Alias, USyncOrder.Instance))
        {
            var file = await writer.WriteItemAsync(
                rootFolder, USyncFolders.ContentTypes, type.Key, type.Alias, contentTypeSerializer.Serialize(type), contentTypeIndex, cancellationToken).ConfigureAwait(false);
            items.Add(new USyncExportItem(file, ContentTypeSerializer.ElementName, type.Alias));
        }

        IReadOnlyList<Document> all;
        await using (var connection = await scopeProvider.OpenConnectionAsync(cancellationToken).ConfigureAwait(false))
        {
            all = await documents.GetAllAsync(connection).ConfigureAwait(false);
        }

        items.AddRange(await WriteContentAsync(rootFolder, all, all, cancellationToken).ConfigureAwait(false));
        return new USyncExportReport { Items = items };
    }

    /// <summary>
    /// Writes the files of the given documents (and, with <paramref name="includeDescendants"/> or when a document's
    /// name changed since its file was written, of their descendants, whose friendly paths change with it).
    /// </summary>
    public async Task<USyncExportReport> ExportContentAsync(
        string rootFolder, IReadOnlyCollection<Guid> keys, bool includeDescendants, CancellationToken cancellationToken = default)
    {
        rootFolder = Path.GetFullPath(rootFolder);
        await using var connection = await scopeProvider.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var all = await documents.GetAllAsync(connection).ConfigureAwait(false);
        var byKey = all.ToDictionary(d => d.Key);
        var index = Index(rootFolder, USyncFolders.Content);
        var targets = new List<Document>();
        foreach (var key in keys.Distinct())
        {
            if (!byKey.TryGetValue(key, out var document))
            {
                continue;
            }

            targets.Add(document);
            var renamed = index.FilesOf(key).Any(f => !f.EndsWith(Path.DirectorySeparatorChar + writer.FileName(key, document.Name), StringComparison.Ordinal));
            if (includeDescendants || renamed)
            {
                var prefix = document.Path + ",";
                targets.AddRange(all.Where(d => d.Path.StartsWith(prefix, StringComparison.Ordinal)));
            }
        }

        var distinct = targets.DistinctBy(d => d.Key).OrderBy(d => d.Level).ThenBy(d => d.SortOrder).ToArray();
        return new USyncExportReport { Items = await WriteContentAsync(rootFolder, distinct, all, cancellationToken, index).ConfigureAwait(false) };
    }

    /// <summary>
    /// Writes the files of the given data types and document types (uSync's export on save for Settings), exactly as
    /// <see cref="ExportAllAsync"/> writes them; a renamed item's old file becomes a Rename marker.
    /// </summary>
    public async Task<USyncExportReport> ExportSchemaAsync(
        string rootFolder, IReadOnlyCollection<Guid> dataTypeKeys, IReadOnlyCollection<Guid> contentTypeKeys, CancellationToken cancellationToken = default)
    {
        rootFolder = Path.GetFullPath(rootFolder);
        var items = new List<USyncExportItem>();
        if (dataTypeKeys.Count > 0)
        {
            var index = Index(rootFolder, USyncFolders.DataTypes);
            foreach (var dataType in dataTypeKeys.Distinct().Select(catalog.GetDataType).OfType<DataTypeDefinition>())
            {
                var file = await writer.WriteItemAsync(
                    rootFolder, USyncFolders.DataTypes, dataType.Key, dataType.Name, dataTypeSerializer.Serialize(dataType), index, cancellationToken).ConfigureAwait(false);
                items.Add(new USyncExportItem(file, DataTypeSerializer.ElementName, dataType.Name));
            }
        }

        if (contentTypeKeys.Count > 0)
        {
            var index = Index(rootFolder, USyncFolders.ContentTypes);
            foreach (var type in contentTypeKeys.Distinct().Select(catalog.GetContentType).OfType<ContentTypeDefinition>())
            {
                var file = await writer.WriteItemAsync(
                    rootFolder, USyncFolders.ContentTypes, type.Key, type.Alias, contentTypeSerializer.Serialize(type), index, cancellationToken).ConfigureAwait(false);
                items.Add(new USyncExportItem(file, ContentTypeSerializer.ElementName, type.Alias));
            }
        }

        return new USyncExportReport { Items = items };
    }

    /// <summary>
    /// Writes the files of every document of the given document types (after a type edit moved or removed values);
    /// files whose bytes do not change are left alone.
    /// </summary>
    public async Task<USyncExportReport> ExportContentOfTypesAsync(string rootFolder, IReadOnlyCollection<string> contentTypeAliases, CancellationToken cancellationToken = default)
    {
        rootFolder = Path.GetFullPath(rootFolder);
        IReadOnlyList<Document> all;
        await using (var connection = await scopeProvider.OpenConnectionAsync(cancellationToken).ConfigureAwait(false))
        {
            all = await documents.GetAllAsync(connection).ConfigureAwait(false);
        }

        var aliases = contentTypeAliases.ToHashSet(StringComparer.Ordinal);
        var targets = all.Where(d => aliases.Contains(d.ContentTypeAlias)).ToArray();
        return new USyncExportReport { Items = await WriteContentAsync(rootFolder, targets, all, cancellationToken).ConfigureAwait(false) };
    }

    /// <summary>Turns a deleted document's file into uSync's Delete marker.</summary>
    public async Task<string> WriteContentDeleteMarkerAsync(string rootFolder, Guid key, string name, CancellationToken cancellationToken = default)
    {
        rootFolder = Path.GetFullPath(rootFolder);
        return await writer.WriteDeleteMarkerAsync(rootFolder, USyncFolders.Content, key, name, Index(rootFolder, USyncFolders.Content), cancellationToken)
            .ConfigureAwait(false);
    }

    private async Task<List<USyncExportItem>> WriteContentAsync(
        string rootFolder, IEnumerable<Document> targets, IReadOnlyList<Document> all, CancellationToken cancellationToken, USyncFolderIndex? index = null)
    {
        index ??= Index(rootFolder, USyncFolders.Content);
        var byId = all.ToDictionary(d => d.Id);
        var items = new List<USyncExportItem>();
        foreach (var document in targets)
        {
            var element = contentSerializer.Serialize(itemFactory.Create(document, byId.GetValueOrDefault));
            var file = await writer.WriteItemAsync(rootFolder, USyncFolders.Content, document.Key, document.Name, element, index, cancellationToken).ConfigureAwait(false);
            items.Add(new USyncExportItem(file, ContentSerializer.ElementName, document.Name));
        }

        return items;
    }

    private USyncFolderIndex Index(string rootFolder, string folder) =>
        USyncFolderIndex.Load(Path.Combine(rootFolder, folder), settings.Value.DefaultExtension);
}

/// <summary>The files an export wrote.</summary>
public sealed record USyncExportReport
{
    /// <summary>One entry per item written (unchanged files are left untouched but still listed).</summary>
    public IReadOnlyList<USyncExportItem> Items { get; init; } = [];
}

/// <summary>One exported item: its file relative to the uSync root, its type and name.</summary>
public sealed record USyncExportItem(string File, string Type, string Name);
