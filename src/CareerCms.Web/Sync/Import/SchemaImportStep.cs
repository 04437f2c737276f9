using System.Xml.Linq;
using CareerCms.Web.Content.Schema;
using CareerCms.Web.Sync.Serialization;

namespace CareerCms.Web.Sync.Import;

/// <summary>
/// Imports data types then document types: each file is compared with the current item serialized the same way
/// (uSync's IsCurrent); only created or changed items are saved, all in one SchemaService call so compositions
/// and allowed children between new types resolve.
/// </summary>
public sealed class SchemaImportStep(
    SchemaCatalog catalog, SchemaService schemaService, DataTypeSerializer dataTypeSerializer, ContentTypeSerializer contentTypeSerializer)
{
    public async Task RunAsync(USyncFileSet set, USyncImportRun run, CancellationToken cancellationToken)
    {
        var dataTypes = new List<DataTypeDefinition>();
        foreach (var file in set.DataTypes)
        {
            var current = catalog.GetDataType(file.Item.Key);
            var change = Compare(current is null ? null : dataTypeSerializer.Serialize(current), dataTypeSerializer.Serialize(file.Item), run.Options.Force);
            run.Items.Add(new USyncImportItem(file.File, DataTypeSerializer.ElementName, file.Item.Name, change));
            if (change != USyncChange.NoChange)
            {
                dataTypes.Add(file.Item with { Id = current?.Id ?? 0 });
            }
        }

        var contentTypes = new List<ContentTypeDefinition>();
        foreach (var file in OrderByCompositions(set.ContentTypes))
        {
            var current = catalog.GetContentType(file.Item.Key);
            var change = Compare(current is null ? null : contentTypeSerializer.Serialize(current), contentTypeSerializer.Serialize(file.Item), run.Options.Force);
            run.Items.Add(new USyncImportItem(file.File, ContentTypeSerializer.ElementName, file.Item.Alias, change));
            if (change != USyncChange.NoChange)
            {
                contentTypes.Add(file.Item with { Id = current?.Id ?? 0 });
            }
        }

        foreach (var (folder, marker) in set.Markers.Where(m => m.Folder != USyncFolders.Content))
        {
            var exists = folder == USyncFolders.DataTypes ? catalog.GetDataType(marker.Item.Key) is not null : catalog.GetContentType(marker.Item.Key) is not null;
            var type = folder == USyncFolders.DataTypes ? DataTypeSerializer.ElementName : ContentTypeSerializer.ElementName;
            if (marker.Item.Change == EmptyMarkerChange.Delete && exists)
            {
                run.Errors.Add(marker.Error($"'{marker.Item.Alias}' is marked deleted, but deleting {type} items is not supported by this runtime; delete it in the backoffice."));
                continue;
            }

            run.Items.Add(new USyncImportItem(marker.File, type, marker.Item.Alias, USyncChange.NoChange, $"{marker.Item.Change} marker: nothing to do."));
        }

        if (run.Failed || (dataTypes.Count == 0 && contentTypes.Count == 0))
        {
            return;
        }

        var problems = await schemaService.SaveAsync(dataTypes, contentTypes, cancellationToken).ConfigureAwait(false);
        foreach (var problem in problems)
        {
            run.Errors.Add(Locate(problem, set));
        }
    }

    private static USyncChange Compare(XElement? current, XElement file, bool force)
    {
        if (current is null)
        {
            return USyncChange.Create;
        }

        return force || !XNode.DeepEquals(current, file) ? USyncChange.Update : USyncChange.NoChange;
    }

    /// <summary>Composition types before the types composed of them (cycles keep file order; SchemaService reports them).</summary>
    private static List<USyncFile<ContentTypeDefinition>> OrderByCompositions(List<USyncFile<ContentTypeDefinition>> files)
    {
        var byKey = files.ToDictionary(f => f.Item.Key);
        var ordered = new List<USyncFile<ContentTypeDefinition>>();
        var visited = new HashSet<Guid>();
        void Visit(USyncFile<ContentTypeDefinition> file)
        {
            if (!visited.Add(file.Item.Key))
            {
                return;
            }

            foreach (var composition in file.Item.Compositions)
            {
                var composed = byKey.GetValueOrDefault(composition.Key) ?? files.FirstOrDefault(f => f.Item.Alias == composition.Alias);
                if (composed is not null)
                {
                    Visit(composed);
                }
            }

            ordered.Add(file);
        }

        files.ForEach(Visit);
        return ordered;
    }

    /// <summary>SchemaService names items by alias or name in quotes; find the file that holds the first one named.</summary>
    private static USyncImportError Locate(string problem, USyncFileSet set)
    {
        var contentType = set.ContentTypes.FirstOrDefault(f => problem.Contains($"'{f.Item.Alias}", StringComparison.Ordinal));
        if (contentType is not null)
        {
            return contentType.Error(problem);
        }

        var dataType = set.DataTypes.FirstOrDefault(f => problem.Contains($"'{f.Item.Name}'", StringComparison.Ordinal));
        return dataType is not null ? dataType.Error(problem) : new USyncImportError(USyncFolders.ContentTypes, null, problem);
    }
}
