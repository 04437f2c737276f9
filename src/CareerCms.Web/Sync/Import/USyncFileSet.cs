using System.Xml.Linq;
using CareerCms.Web.Content.Schema;
using CareerCms.Web.Sync.Serialization;

namespace CareerCms.Web.Sync.Import;

/// <summary>One parsed item file: where it came from, its XML (with line numbers) and what it holds.</summary>
public sealed record USyncFile<T>(string File, XElement Element, T Item)
{
    /// <summary>The line of a descendant element found by path (e.g. "Info", "ContentType"), else the root's.</summary>
    public int? LineOf(params string[] path)
    {
        var element = Element;
        foreach (var name in path)
        {
            element = element.Element(name) ?? element;
        }

        return USyncXml.LineOf(element);
    }

    /// <summary>An error about this file.</summary>
    public USyncImportError Error(string message, int? line = null) => new(File, line ?? USyncXml.LineOf(Element), message);
}

/// <summary>Every item file of a uSync folder, read and parsed before anything is written.</summary>
public sealed class USyncFileSet
{
    public List<USyncFile<DataTypeDefinition>> DataTypes { get; } = [];

    public List<USyncFile<ContentTypeDefinition>> ContentTypes { get; } = [];

    public List<USyncFile<ContentSyncItem>> Content { get; } = [];

    /// <summary>Empty markers by handler folder.</summary>
    public List<(string Folder, USyncFile<EmptyMarker> Marker)> Markers { get; } = [];

    /// <summary>Problems found while reading.</summary>
    public List<USyncImportError> Errors { get; } = [];
}

/// <summary>Reads a uSync folder's handler folders into a <see cref="USyncFileSet"/>.</summary>
public sealed class USyncFolderReader(DataTypeSerializer dataTypes, ContentTypeSerializer contentTypes, ContentSerializer content)
{
    /// <summary>Reads every <c>*.{extension}</c> file of the folders in <paramref name="group"/>.</summary>
    public async Task<USyncFileSet> ReadAsync(string rootFolder, string extension, string group, CancellationToken cancellationToken)
    {
        var set = new USyncFileSet();
        if (!Directory.Exists(rootFolder))
        {
            set.Errors.Add(new USyncImportError(rootFolder, null, "The uSync folder does not exist."));
            return set;
        }

        foreach (var folder in new[] { USyncFolders.DataTypes, USyncFolders.ContentTypes, USyncFolders.Content })
        {
            var path = Path.Combine(rootFolder, folder);
            if (!USyncGroups.Includes(group, USyncFolders.GroupOf(folder)) || !Directory.Exists(path))
            {
                continue;
            }

            foreach (var file in Directory.GetFiles(path, "*." + extension).Order(StringComparer.Ordinal))
            {
                var relative = Path.GetRelativePath(rootFolder, file).Replace('\\', '/');
                await ReadFileAsync(set, folder, file, relative, cancellationToken).ConfigureAwait(false);
            }
        }

        return set;
    }

    private async Task ReadFileAsync(USyncFileSet set, string folder, string path, string relative, CancellationToken cancellationToken)
    {
        try
        {
            var element = USyncXml.Parse(await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false));
            if (element.Name.LocalName == EmptyMarker.ElementName)
            {
                set.Markers.Add((folder, new USyncFile<EmptyMarker>(relative, element, EmptyMarker.Deserialize(element))));
                return;
            }

            switch (folder)
            {
                case USyncFolders.DataTypes:
                    set.DataTypes.Add(new(relative, element, dataTypes.Deserialize(element)));
                    break;
                case USyncFolders.ContentTypes:
                    set.ContentTypes.Add(new(relative, element, contentTypes.Deserialize(element)));
                    break;
                default:
                    set.Content.Add(new(relative, element, content.Deserialize(element)));
                    break;
            }
        }
        catch (USyncFormatException ex)
        {
            set.Errors.Add(new USyncImportError(relative, ex.Line, ex.Message));
        }
        catch (IOException ex)
        {
            set.Errors.Add(new USyncImportError(relative, null, $"The file could not be read: {ex.Message}"));
        }
        catch (UnauthorizedAccessException ex)
        {
            set.Errors.Add(new USyncImportError(relative, null, $"The file could not be read: {ex.Message}"));
        }
    }
}
