using System.Text.Json.Nodes;
using CareerCms.Web.Content.Schema;
using CareerCms.Web.Sync;
using CareerCms.Web.Sync.Export;
using CareerCms.Web.Sync.Serialization;
using Microsoft.Extensions.Options;
using Umbraco.Cms.Core.Configuration.Models;
using Umbraco.Cms.Core.Strings;

namespace CareerCms.Web.Corpus;

/// <summary>
/// Writes an <see cref="OccupationCorpus"/> as a complete uSync folder (<c>DataTypes</c>, <c>ContentTypes</c>,
/// <c>Content</c>) that a fresh CareerCms database can import on first boot:
/// <list type="bullet">
/// <item><description>ContentTypes: the starter folder's files, copied byte for byte (the corpus uses exactly the
/// starter document types).</description></item>
/// <item><description>DataTypes: the starter files copied byte for byte, except three that are re-serialized with
/// <see cref="DataTypeSerializer"/>: Industry, whose items become <see cref="OccupationCorpus.Industries"/>, and
/// Career Picker and Skill Picker, whose <c>startNodeId</c> pointed at the starter roots and now points at the
/// corpus roots (which have keys of their own, see <see cref="CorpusKeys"/>).</description></item>
/// <item><description>Content: one file per node, serialized by <see cref="ContentSerializer"/> in the
/// <see cref="USyncXml"/> file form, named as <see cref="USyncFileWriter"/> names files in uSync's flat layout (the
/// node name through Umbraco's safe-file-name cleaning, "_" + 8 key characters on a clash). Paths are the names' safe aliases, as
/// <see cref="ContentSyncItemFactory"/> writes them (/Careers/MetalDrawingMachineOperator).</description></item>
/// </list>
/// Names and aliases are cleaned with Umbraco's <see cref="DefaultShortStringHelper"/> in its default
/// configuration (the site's, unless another helper is passed).
/// </summary>
public static class OccupationCorpusWriter
{
    /// <summary>The starter folder below the repository root.</summary>
    public static readonly string StarterRelativePath = Path.Combine("uSync", "v17");

    /// <summary>The data types folder name.</summary>
    public const string DataTypesFolder = USyncFolders.DataTypes;

    /// <summary>The content types folder name.</summary>
    public const string ContentTypesFolder = USyncFolders.ContentTypes;

    /// <summary>The content folder name.</summary>
    public const string ContentFolder = USyncFolders.Content;

    /// <summary>The item file extension.</summary>
    public const string Extension = ".config";

    /// <summary>
    /// The starter uSync folder in <paramref name="startDirectory"/> or its nearest ancestor: a folder with
    /// DataTypes and ContentTypes, or the <c>uSync/v17</c> below one. Null when none has it.
    /// </summary>
    public static string? FindStarterFolder(string startDirectory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(startDirectory);
        for (var dir = new DirectoryInfo(Path.GetFullPath(startDirectory)); dir is not null; dir = dir.Parent)
        {
            foreach (var candidate in (string[])[Path.Combine(dir.FullName, StarterRelativePath), dir.FullName])
            {
                if (Directory.Exists(Path.Combine(candidate, DataTypesFolder)) && Directory.Exists(Path.Combine(candidate, ContentTypesFolder)))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The starter folder found from the first start directory that leads to one; by default the application base
    /// directory and the current directory.
    /// </summary>
    /// <exception cref="DirectoryNotFoundException">No start directory leads to one.</exception>
    public static string LocateStarterFolder(params string?[] startDirectories)
    {
        string[] starts = startDirectories.Length > 0
            ? [.. startDirectories.OfType<string>()]
            : [AppContext.BaseDirectory, Directory.GetCurrentDirectory()];
        foreach (var start in starts)
        {
            if (Directory.Exists(start) && FindStarterFolder(start) is { } found)
            {
                return found;
            }
        }

        throw new DirectoryNotFoundException($"No '{StarterRelativePath}' folder with DataTypes and ContentTypes above: {string.Join(", ", starts)}.");
    }

    /// <summary>
    /// Writes the corpus as a uSync folder. The target must not be the starter folder; stale <c>.config</c> files
    /// in its DataTypes, ContentTypes and Content folders are an error unless <paramref name="overwrite"/>, which
    /// deletes them first (nothing else in the folder is touched).
    /// </summary>
    /// <param name="corpus">The corpus.</param>
    /// <param name="folder">The uSync folder to write (created when missing).</param>
    /// <param name="starterFolder">The starter uSync folder; found with <see cref="LocateStarterFolder"/> when null.</param>
    /// <param name="overwrite">Replace the item files of an earlier export.</param>
    /// <param name="shortStringHelper">Cleans file names and path aliases; Umbraco's default when null.</param>
    /// <param name="cancellationToken">Stops between files.</param>
    /// <returns>How many files of each kind were written.</returns>
    public static async Task<CorpusWriteResult> WriteUSyncFolderAsync(
        OccupationCorpus corpus,
        string folder,
        string? starterFolder = null,
        bool overwrite = false,
        IShortStringHelper? shortStringHelper = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        var target = Path.GetFullPath(folder);
        var starter = Path.GetFullPath(starterFolder ?? LocateStarterFolder());
        if (string.Equals(target.TrimEnd(Path.DirectorySeparatorChar), starter.TrimEnd(Path.DirectorySeparatorChar), StringComparison.Ordinal))
        {
            throw new ArgumentException("The corpus cannot be written over the starter uSync folder.", nameof(folder));
        }

        PrepareFolders(target, overwrite);
        shortStringHelper ??= DefaultShortStrings();
        var settings = new USyncSettings();
        var fileWriter = new USyncFileWriter(shortStringHelper, Options.Create(settings));
        var dataTypes = await WriteDataTypesAsync(corpus, starter, target, fileWriter, settings, cancellationToken).ConfigureAwait(false);
        var contentTypes = 0;
        foreach (var file in Directory.GetFiles(Path.Combine(starter, ContentTypesFolder), "*" + Extension).Order(StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var bytes = await File.ReadAllBytesAsync(file, cancellationToken).ConfigureAwait(false);
            await File.WriteAllBytesAsync(Path.Combine(target, ContentTypesFolder, Path.GetFileName(file)), bytes, cancellationToken).ConfigureAwait(false);
            contentTypes++;
        }

        // The folder is empty here, so there are no renames to mark; names and clashes follow USyncFileWriter (its
        // FileName, then "_" + 8 key characters for a name already taken).
        var serializer = new ContentSerializer();
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var files = new List<(string Path, ContentSyncItem Item)>(corpus.Nodes.Count);
        foreach (var item in ToSyncItems(corpus, shortStringHelper))
        {
            var name = fileWriter.FileName(item.Key, item.Name);
            if (!taken.Add(name))
            {
                name = Path.GetFileNameWithoutExtension(name) + "_" + item.Key.ToString("N")[..8] + Path.GetExtension(name);
                taken.Add(name);
            }

            files.Add((Path.Combine(target, ContentFolder, name), item));
        }

        // Thousands of small files: synchronous writes are several times faster than async ones (which queue on
        // the thread pool), and the caller is an export tool or a test, not a request.
        foreach (var (path, item) in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            File.WriteAllBytes(path, USyncXml.ToBytes(serializer.Serialize(item)));
        }

        return new CorpusWriteResult(target, dataTypes, contentTypes, files.Count);
    }

    /// <summary>
    /// The corpus nodes as uSync content items: level (1 for the roots, 2 for skills and careers, 3 for paths),
    /// parent name and the friendly path of safe aliases (<c>/Careers/MetalDrawingMachineOperator</c>), in the
    /// corpus order (parents first).
    /// </summary>
    public static IReadOnlyList<ContentSyncItem> ToSyncItems(OccupationCorpus corpus, IShortStringHelper? shortStringHelper = null)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        shortStringHelper ??= DefaultShortStrings();
        string SafeAlias(string name) => shortStringHelper.CleanStringForSafeAlias(name);
        var byKey = corpus.Nodes.ToDictionary(n => n.Key);
        var paths = new Dictionary<Guid, (int Level, string Path)>();
        (int Level, string Path) Locate(CorpusNode node)
        {
            if (paths.TryGetValue(node.Key, out var known))
            {
                return known;
            }

            (int Level, string Path) located = (1, "/" + SafeAlias(node.Name));
            if (node.ParentKey is { } parentKey && byKey.TryGetValue(parentKey, out var parent))
            {
                var up = Locate(parent);
                located = (up.Level + 1, up.Path + "/" + SafeAlias(node.Name));
            }

            paths[node.Key] = located;
            return located;
        }

        return corpus.Nodes
            .Select(node =>
            {
                var (level, path) = Locate(node);
                return new ContentSyncItem
                {
                    Key = node.Key,
                    Name = node.Name,
                    Level = level,
                    ParentKey = node.ParentKey ?? Guid.Empty,
                    ParentName = node.ParentKey is { } p && byKey.TryGetValue(p, out var parent) ? parent.Name : string.Empty,
                    Path = path,
                    ContentTypeAlias = node.ContentTypeAlias,
                    CreateDate = node.CreateDate,
                    SortOrder = node.SortOrder,
                    Published = node.Published,
                    Values = node.Values,
                };
            })
            .ToList();
    }

    /// <summary>Umbraco's short string helper in its default configuration, as the site registers it.</summary>
    public static IShortStringHelper DefaultShortStrings() =>
        new DefaultShortStringHelper(new DefaultShortStringHelperConfig().WithDefault(new RequestHandlerSettings()));

    /// <summary>
    /// The Industry data type with <paramref name="industries"/> as its items (other settings kept), for the
    /// corpus's own schema.
    /// </summary>
    public static DataTypeDefinition WithIndustries(DataTypeDefinition industry, IReadOnlyList<string> industries)
    {
        ArgumentNullException.ThrowIfNull(industry);
        ArgumentNullException.ThrowIfNull(industries);
        var config = industry.Config;
        config["items"] = new JsonArray(industries.Select(i => (JsonNode?)JsonValue.Create(i)).ToArray());
        return industry with { ConfigJson = config.ToJsonString() };
    }

    private static DataTypeDefinition WithStartNode(DataTypeDefinition picker, Guid startNode)
    {
        var config = picker.Config;
        config["startNodeId"] = USyncXml.Key(startNode);
        return picker with { ConfigJson = config.ToJsonString() };
    }

    private static async Task<int> WriteDataTypesAsync(
        OccupationCorpus corpus, string starter, string target, USyncFileWriter fileWriter, USyncSettings settings, CancellationToken cancellationToken)
    {
        var serializer = new DataTypeSerializer();
        var index = USyncFolderIndex.Load(Path.Combine(target, DataTypesFolder), settings.DefaultExtension);
        var count = 0;
        foreach (var file in Directory.GetFiles(Path.Combine(starter, DataTypesFolder), "*" + Extension).Order(StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var bytes = await File.ReadAllBytesAsync(file, cancellationToken).ConfigureAwait(false);
            var dataType = serializer.Deserialize(USyncXml.Parse(bytes));
            DataTypeDefinition? changed = null;
            if (dataType.Key == CorpusContentTypes.IndustryDataTypeKey)
            {
                changed = WithIndustries(dataType, corpus.Industries);
            }
            else if (dataType.Key == CorpusContentTypes.CareerPickerDataTypeKey)
            {
                changed = WithStartNode(dataType, CorpusKeys.CareersRoot);
            }
            else if (dataType.Key == CorpusContentTypes.SkillPickerDataTypeKey)
            {
                changed = WithStartNode(dataType, CorpusKeys.SkillsRoot);
            }

            if (changed is not null)
            {
                await fileWriter.WriteItemAsync(target, DataTypesFolder, changed.Key, changed.Name, USyncXml.ToBytes(serializer.Serialize(changed)), index, cancellationToken)
                    .ConfigureAwait(false);
            }
            else
            {
                var copy = Path.Combine(target, DataTypesFolder, Path.GetFileName(file));
                await File.WriteAllBytesAsync(copy, bytes, cancellationToken).ConfigureAwait(false);
                index.Record(dataType.Key, copy);
            }

            count++;
        }

        return count;
    }

    private static void PrepareFolders(string target, bool overwrite)
    {
        foreach (var sub in (string[])[DataTypesFolder, ContentTypesFolder, ContentFolder])
        {
            var path = Path.Combine(target, sub);
            Directory.CreateDirectory(path);
            var stale = Directory.GetFiles(path, "*" + Extension);
            if (stale.Length == 0)
            {
                continue;
            }

            if (!overwrite)
            {
                throw new IOException($"'{path}' already holds {stale.Length} uSync files; pass overwrite to replace them.");
            }

            foreach (var file in stale)
            {
                File.Delete(file);
            }
        }
    }
}

/// <summary>What <see cref="OccupationCorpusWriter.WriteUSyncFolderAsync"/> wrote.</summary>
/// <param name="Folder">The uSync folder (absolute).</param>
/// <param name="DataTypes">Data type files.</param>
/// <param name="ContentTypes">Content type files.</param>
/// <param name="Content">Content files, one per node.</param>
public sealed record CorpusWriteResult(string Folder, int DataTypes, int ContentTypes, int Content);
