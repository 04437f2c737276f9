using CareerCms.Web.Content.Documents;
using CareerCms.Web.Content.Services;
using CareerCms.Web.Persistence;
using CareerCms.Web.Persistence.Repositories;
using CareerCms.Web.Sync.Serialization;

namespace CareerCms.Web.Sync.Import;

/// <summary>
/// Imports content in tree order through the content services (so validation, notifications, journal and audit
/// all apply): create or update by key keeping CreateDate and SortOrder, move, trash, publish or unpublish as the
/// file says, delete on Delete markers, then re-sort siblings whose order changed. Unchanged items are not saved.
/// </summary>
public sealed class ContentImportStep(
    DocumentRepository documents,
    ContentEditingService editing,
    ContentPublishingService publishing,
    ContentStructureService structure,
    ContentRecycleBinService recycleBin,
    ContentSyncItemFactory itemFactory)
{
    /// <summary>Umbraco's super user: the user imports run as.</summary>
    public const int SystemUserId = -1;

    public async Task RunAsync(
        DatabaseScope scope, USyncFileSet set, IReadOnlyList<USyncFile<ContentSyncItem>> ordered, USyncImportRun run, CancellationToken cancellationToken)
    {
        var failed = new HashSet<Guid>();
        var sortParents = new HashSet<Guid>();
        var fileSortOrders = ordered.ToDictionary(f => f.Item.Key, f => f.Item.SortOrder);
        foreach (var file in ordered)
        {
            if (file.Item.ParentKey != Guid.Empty && failed.Contains(file.Item.ParentKey))
            {
                failed.Add(file.Item.Key);
                continue;
            }

            var error = await ImportItemAsync(scope, file, run, sortParents, cancellationToken).ConfigureAwait(false);
            if (error is not null)
            {
                run.Errors.Add(error);
                failed.Add(file.Item.Key);
            }
        }

        foreach (var (_, marker) in set.Markers.Where(m => m.Folder == USyncFolders.Content))
        {
            await DeleteAsync(scope, marker, run, cancellationToken).ConfigureAwait(false);
        }

        if (!run.Failed)
        {
            await SortAsync(scope, sortParents, fileSortOrders, run, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<USyncImportError?> ImportItemAsync(
        DatabaseScope scope, USyncFile<ContentSyncItem> file, USyncImportRun run, HashSet<Guid> sortParents, CancellationToken cancellationToken)
    {
        var item = file.Item;
        var existing = await documents.GetByKeyAsync(scope.Connection, item.Key, scope.Transaction).ConfigureAwait(false);
        var values = itemFactory.AllValues(item.ContentTypeAlias, item.Values);
        if (existing is null)
        {
            if (item.Trashed)
            {
                run.Items.Add(new USyncImportItem(file.File, ContentSerializer.ElementName, item.Name, USyncChange.NoChange, "In the recycle bin in the file; not created."));
                return null;
            }

            var created = await editing.SaveAsync(
                new DocumentSaveRequest
                {
                    Key = item.Key,
                    ParentKey = NullIfEmpty(item.ParentKey),
                    ContentTypeAlias = item.ContentTypeAlias,
                    Name = item.Name,
                    Values = values,
                    CreateDate = item.CreateDate,
                    SortOrder = item.SortOrder,
                },
                SystemUserId,
                cancellationToken).ConfigureAwait(false);
            if (!created.Succeeded)
            {
                return Failure(file, "could not be created", created);
            }

            if (item.Published && await publishing.PublishAsync(item.Key, SystemUserId, cancellationToken: cancellationToken).ConfigureAwait(false) is { Succeeded: false } notPublished)
            {
                return Failure(file, "was created but could not be published", notPublished);
            }

            run.Items.Add(new USyncImportItem(file.File, ContentSerializer.ElementName, item.Name, USyncChange.Create));
            return null;
        }

        var parent = existing.ParentId > 0 ? await documents.GetByIdAsync(scope.Connection, existing.ParentId, scope.Transaction).ConfigureAwait(false) : null;
        var changes = Differences(existing, parent?.Key ?? Guid.Empty, item, values);
        if (changes.Count == 0 && !run.Options.Force)
        {
            run.Items.Add(new USyncImportItem(file.File, ContentSerializer.ElementName, item.Name, USyncChange.NoChange));
            return null;
        }

        var error = await ApplyAsync(file, existing, changes, values, run.Options.Force, cancellationToken).ConfigureAwait(false);
        if (error is not null)
        {
            return error;
        }

        if (changes.Contains("sort order"))
        {
            sortParents.Add(item.ParentKey);
        }

        run.Items.Add(new USyncImportItem(
            file.File, ContentSerializer.ElementName, item.Name, USyncChange.Update, changes.Count == 0 ? "Forced." : "Changed: " + string.Join(", ", changes) + "."));
        return null;
    }

    private async Task<USyncImportError?> ApplyAsync(
        USyncFile<ContentSyncItem> file, Document existing, List<string> changes, IReadOnlyDictionary<string, string?> values, bool force, CancellationToken cancellationToken)
    {
        var item = file.Item;
        var key = item.Key;
        var wasPublished = existing.Published;
        if (existing.Trashed && !item.Trashed)
        {
            var restored = await recycleBin.RestoreAsync(key, NullIfEmpty(item.ParentKey), SystemUserId, cancellationToken).ConfigureAwait(false);
            if (!restored.Succeeded)
            {
                return Failure(file, "could not be restored from the recycle bin", restored);
            }

            wasPublished = false;
        }
        else if (!item.Trashed && changes.Contains("parent"))
        {
            var moved = await structure.MoveAsync(key, NullIfEmpty(item.ParentKey), SystemUserId, cancellationToken).ConfigureAwait(false);
            if (!moved.Succeeded)
            {
                return Failure(file, "could not be moved", moved);
            }
        }

        var saved = force || changes.Contains("name") || changes.Any(c => c.StartsWith("values", StringComparison.Ordinal));
        if (saved)
        {
            var result = await editing.SaveAsync(new DocumentSaveRequest { Key = key, Name = item.Name, Values = values }, SystemUserId, cancellationToken).ConfigureAwait(false);
            if (!result.Succeeded)
            {
                return Failure(file, "could not be saved", result);
            }
        }

        if (item.Trashed)
        {
            if (!existing.Trashed && await recycleBin.TrashAsync(key, SystemUserId, cancellationToken).ConfigureAwait(false) is { Succeeded: false } notTrashed)
            {
                return Failure(file, "could not be moved to the recycle bin", notTrashed);
            }

            return null;
        }

        if (item.Published && (!wasPublished || saved))
        {
            var published = await publishing.PublishAsync(key, SystemUserId, cancellationToken: cancellationToken).ConfigureAwait(false);
            return published.Succeeded ? null : Failure(file, "could not be published", published);
        }

        if (!item.Published && wasPublished)
        {
            var unpublished = await publishing.UnpublishAsync(key, SystemUserId, cancellationToken).ConfigureAwait(false);
            return unpublished.Succeeded ? null : Failure(file, "could not be unpublished", unpublished);
        }

        return null;
    }

    /// <summary>What differs between the document and its file (uSync's IsCurrent, field by field for a useful message).</summary>
    private static List<string> Differences(Document existing, Guid parentKey, ContentSyncItem item, IReadOnlyDictionary<string, string?> values)
    {
        var changes = new List<string>();
        if (existing.Trashed != item.Trashed)
        {
            changes.Add(item.Trashed ? "trashed" : "restored");
        }

        if (!item.Trashed && !existing.Trashed && parentKey != item.ParentKey)
        {
            changes.Add("parent");
        }

        if (existing.Name != item.Name)
        {
            changes.Add("name");
        }

        var changedValues = values
            .Where(v => (string.IsNullOrEmpty(v.Value) ? null : v.Value) != (existing.Values.GetValueOrDefault(v.Key) is { Length: > 0 } current ? current : null))
            .Select(v => v.Key)
            .ToArray();
        if (changedValues.Length > 0)
        {
            changes.Add($"values ({string.Join(", ", changedValues)})");
        }

        if (!item.Trashed && existing.SortOrder != item.SortOrder)
        {
            changes.Add("sort order");
        }

        if (!item.Trashed && existing.Published != item.Published)
        {
            changes.Add(item.Published ? "published" : "unpublished");
        }

        return changes;
    }

    private async Task DeleteAsync(DatabaseScope scope, USyncFile<EmptyMarker> marker, USyncImportRun run, CancellationToken cancellationToken)
    {
        var exists = await documents.GetByKeyAsync(scope.Connection, marker.Item.Key, scope.Transaction).ConfigureAwait(false) is not null;
        if (marker.Item.Change != EmptyMarkerChange.Delete || !exists)
        {
            run.Items.Add(new USyncImportItem(marker.File, ContentSerializer.ElementName, marker.Item.Alias, USyncChange.NoChange, $"{marker.Item.Change} marker: nothing to do."));
            return;
        }

        var deleted = await recycleBin.DeleteAsync(marker.Item.Key, SystemUserId, cancellationToken).ConfigureAwait(false);
        if (deleted.Succeeded)
        {
            run.Items.Add(new USyncImportItem(marker.File, ContentSerializer.ElementName, marker.Item.Alias, USyncChange.Delete));
        }
        else
        {
            run.Errors.Add(marker.Error($"'{marker.Item.Alias}' could not be deleted: {Describe(deleted)}"));
        }
    }

    /// <summary>Re-sorts the children of parents where a file moved an item's position (listed items by their file's order).</summary>
    private async Task SortAsync(
        DatabaseScope scope, HashSet<Guid> parents, Dictionary<Guid, int> fileSortOrders, USyncImportRun run, CancellationToken cancellationToken)
    {
        foreach (var parentKey in parents)
        {
            var parent = parentKey == Guid.Empty ? null : await documents.GetByKeyAsync(scope.Connection, parentKey, scope.Transaction).ConfigureAwait(false);
            var children = await documents.GetChildrenAsync(scope.Connection, parent?.Id ?? Document.RootParentId, scope.Transaction).ConfigureAwait(false);
            var ordered = children
                .OrderBy(c => fileSortOrders.TryGetValue(c.Key, out var order) ? order : c.SortOrder)
                .ThenBy(c => fileSortOrders.ContainsKey(c.Key) ? 0 : 1)
                .Select(c => c.Key)
                .ToArray();
            var sorted = await structure.SortAsync(NullIfEmpty(parentKey), ordered, SystemUserId, cancellationToken).ConfigureAwait(false);
            if (!sorted.Succeeded)
            {
                run.Errors.Add(new USyncImportError(USyncFolders.Content, null, $"The children of {parent?.Name ?? "the root"} could not be sorted: {Describe(sorted)}"));
            }
        }
    }

    private static USyncImportError Failure(USyncFile<ContentSyncItem> file, string what, ContentOperationResult result)
    {
        var firstProperty = result.ValidationErrors?.Select(e => e.Alias.Split('[', '.')[0]).FirstOrDefault();
        var line = firstProperty is null ? file.LineOf() : file.LineOf("Properties", firstProperty);
        return file.Error($"'{file.Item.Name}' {what}: {Describe(result)}", line);
    }

    private static string Describe(ContentOperationResult result)
    {
        var parts = new List<string>();
        parts.AddRange(result.ValidationErrors?.Select(e => $"{e.Alias}: {e.Message}") ?? []);
        parts.AddRange(result.Messages ?? []);
        return parts.Count == 0 ? result.Status.ToString() : $"{result.Status}: {string.Join("; ", parts)}";
    }

    private static Guid? NullIfEmpty(Guid key) => key == Guid.Empty ? null : key;
}
