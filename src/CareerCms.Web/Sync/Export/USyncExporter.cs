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
        IReadOnlyList<Document> all;
        await using (var connection = await scopeProvider.OpenConnectionAsync(cancellationToken).ConfigureAwait(false))
        {
            all = await documents.GetAllAsync(connection).ConfigureAwait(false);
        }

        // Every file is serialized before the first is written: an item that cannot be exported stops the export
        // with nothing changed, instead of leaving a folder half old and half new.
        var pending = new List<PendingFile>();
        pending.AddRange(catalog.DataTypes.OrderBy(d => d.Name, USyncOrder.Instance).ThenBy(d => d.Key)
            .Select(d => Prepare(USyncFolders.DataTypes, d.Key, d.Name, DataTypeSerializer.ElementName, () => dataTypeSerializer.Serialize(d))));
        pending.AddRange(catalog.ContentTypes.OrderBy(t => t.Alias, USyncOrder.Instance)
            .Select(t => Prepare(USyncFolders.ContentTypes, t.Key, t.Alias, ContentTypeSerializer.ElementName, () => contentTypeSerializer.Serialize(t))));
        pending.AddRange(PrepareContent(all, all));
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

        var items = await WriteAsync(rootFolder, pending, cancellationToken).ConfigureAwait(false);
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
        return new USyncExportReport { Items = await WriteAsync(rootFolder, PrepareContent(distinct, all), cancellationToken, index).ConfigureAwait(false) };
    }

    /// <summary>
    /// Writes the files of the given data types and document types (uSync's export on save for Settings), exactly as
    /// <see cref="ExportAllAsync"/> writes them; a renamed item's old file becomes a Rename marker.
    /// </summary>
    public async Task<USyncExportReport> ExportSchemaAsync(
        string rootFolder, IReadOnlyCollection<Guid> dataTypeKeys, IReadOnlyCollection<Guid> contentTypeKeys, CancellationToken cancellationToken = default)
    {
        rootFolder = Path.GetFullPath(rootFolder);
        var dataTypes = dataTypeKeys.Distinct().Select(catalog.GetDataType).OfType<DataTypeDefinition>()
            .Select(d => Prepare(USyncFolders.DataTypes, d.Key, d.Name, DataTypeSerializer.ElementName, () => dataTypeSerializer.Serialize(d))).ToList();
        var contentTypes = contentTypeKeys.Distinct().Select(catalog.GetContentType).OfType<ContentTypeDefinition>()
            .Select(t => Prepare(USyncFolders.ContentTypes, t.Key, t.Alias, ContentTypeSerializer.ElementName, () => contentTypeSerializer.Serialize(t))).ToList();
        return new USyncExportReport { Items = await WriteAsync(rootFolder, [.. dataTypes, .. contentTypes], cancellationToken).ConfigureAwait(false) };
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
        return new USyncExportReport { Items = await WriteAsync(rootFolder, PrepareContent(targets, all), cancellationToken).ConfigureAwait(false) };
    }

    /// <summary>Turns a deleted document's file into uSync's Delete marker.</summary>
    public async Task<string> WriteContentDeleteMarkerAsync(string rootFolder, Guid key, string name, CancellationToken cancellationToken = default)
    {
        rootFolder = Path.GetFullPath(rootFolder);
        return await writer.WriteDeleteMarkerAsync(rootFolder, USyncFolders.Content, key, name, Index(rootFolder, USyncFolders.Content), cancellationToken)
            .ConfigureAwait(false);
    }

    private List<PendingFile> PrepareContent(IEnumerable<Document> targets, IReadOnlyList<Document> all)
    {
        var byId = all.ToDictionary(d => d.Id);
        return targets
            .Select(d => Prepare(USyncFolders.Content, d.Key, d.Name, ContentSerializer.ElementName, () => contentSerializer.Serialize(itemFactory.Create(d, byId.GetValueOrDefault))))
            .ToList();
    }

    /// <summary>Serializes one item to its file bytes; an item XML cannot hold throws <see cref="USyncExportException"/>.</summary>
    private static PendingFile Prepare(string folder, Guid key, string nameOrAlias, string type, Func<System.Xml.Linq.XElement> serialize)
    {
        try
        {
            return new PendingFile(folder, key, nameOrAlias, type, USyncXml.ToBytes(serialize()));
        }
        catch (ArgumentException ex)
        {
            throw new USyncExportException($"{type} '{nameOrAlias}' ({key:D}) cannot be written to uSync: {ex.Message}", ex);
        }
    }

    /// <summary>Writes prepared files, one handler folder index per folder (or <paramref name="index"/> for all).</summary>
    private async Task<List<USyncExportItem>> WriteAsync(
        string rootFolder, IReadOnlyList<PendingFile> files, CancellationToken cancellationToken, USyncFolderIndex? index = null)
    {
        var indexes = new Dictionary<string, USyncFolderIndex>(StringComparer.Ordinal);
        var items = new List<USyncExportItem>(files.Count);
        foreach (var file in files)
        {
            if (!indexes.TryGetValue(file.Folder, out var folderIndex))
            {
                folderIndex = index ?? Index(rootFolder, file.Folder);
                indexes[file.Folder] = folderIndex;
            }

            var path = await writer.WriteItemAsync(rootFolder, file.Folder, file.Key, file.NameOrAlias, file.Bytes, folderIndex, cancellationToken).ConfigureAwait(false);
            items.Add(new USyncExportItem(path, file.Type, file.NameOrAlias));
        }

        return items;
    }

    private USyncFolderIndex Index(string rootFolder, string folder) =>
        USyncFolderIndex.Load(Path.Combine(rootFolder, folder), settings.Value.DefaultExtension);
}

/// <summary>An item serialized to its file bytes, waiting to be written.</summary>
internal sealed record PendingFile(string Folder, Guid Key, string NameOrAlias, string Type, byte[] Bytes);

/// <summary>An item that cannot be exported (e.g. a character XML cannot hold); nothing was written.</summary>
public sealed class USyncExportException(string message, Exception inner) : InvalidOperationException(message, inner);

/// <summary>The files an export wrote.</summary>
public sealed record USyncExportReport
{
    /// <summary>One entry per item written (unchanged files are left untouched but still listed).</summary>
    public IReadOnlyList<USyncExportItem> Items { get; init; } = [];
}

/// <summary>One exported item: its file relative to the uSync root, its type and name.</summary>
public sealed record USyncExportItem(string File, string Type, string Name);
