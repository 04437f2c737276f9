using System.Xml;
using CareerCms.Web.Sync.Serialization;
using Microsoft.Extensions.Options;
using Umbraco.Cms.Core.Strings;

namespace CareerCms.Web.Sync.Export;

/// <summary>
/// Writes item files into a handler folder the way uSync names them in its flat layout: the alias or name through
/// Umbraco's safe-file-name cleaning (e.g. "Salary (USD/year)" -> salary-usd-year.config), or the key with
/// GuidNames. A name already taken by another item gets "_" and the first 8 characters of the key appended; a
/// file that held the same item under an old name becomes a Rename marker. Unchanged files are not rewritten.
/// </summary>
public sealed class USyncFileWriter(IShortStringHelper shortStringHelper, IOptions<USyncSettings> settings)
{
    /// <summary>Writes an item's file bytes; returns the file's path relative to <paramref name="rootFolder"/>.</summary>
    public async Task<string> WriteItemAsync(
        string rootFolder, string folder, Guid key, string nameOrAlias, byte[] content, USyncFolderIndex index, CancellationToken cancellationToken)
    {
        var path = PathFor(rootFolder, folder, key, nameOrAlias, index);
        await WriteIfChangedAsync(path, content, cancellationToken).ConfigureAwait(false);
        foreach (var old in index.FilesOf(key).Where(f => !PathsEqual(f, path)).ToArray())
        {
            await WriteIfChangedAsync(old, USyncXml.ToBytes(new EmptyMarker(key, nameOrAlias, EmptyMarkerChange.Rename).Serialize()), cancellationToken).ConfigureAwait(false);
            index.RecordMarker(key, old);
        }

        index.Record(key, path);
        return Path.GetRelativePath(rootFolder, path).Replace('\\', '/');
    }

    /// <summary>Replaces the item's file(s) with a Delete marker (or writes one where its file would be).</summary>
    public async Task<string> WriteDeleteMarkerAsync(
        string rootFolder, string folder, Guid key, string nameOrAlias, USyncFolderIndex index, CancellationToken cancellationToken)
    {
        var marker = USyncXml.ToBytes(new EmptyMarker(key, nameOrAlias, EmptyMarkerChange.Delete).Serialize());
        var files = index.FilesOf(key).ToArray();
        if (files.Length == 0)
        {
            files = [PathFor(rootFolder, folder, key, nameOrAlias, index)];
        }

        foreach (var file in files)
        {
            await WriteIfChangedAsync(file, marker, cancellationToken).ConfigureAwait(false);
            index.RecordMarker(key, file);
        }

        return Path.GetRelativePath(rootFolder, files[0]).Replace('\\', '/');
    }

    /// <summary>The file name (without folder) uSync gives an item.</summary>
    public string FileName(Guid key, string nameOrAlias)
    {
        var name = settings.Value.GuidNames ? key.ToString("D") : shortStringHelper.CleanStringForSafeFileName(nameOrAlias);
        return (string.IsNullOrWhiteSpace(name) ? key.ToString("D") : name) + "." + settings.Value.DefaultExtension;
    }

    private string PathFor(string rootFolder, string folder, Guid key, string nameOrAlias, USyncFolderIndex index)
    {
        var path = Path.Combine(rootFolder, folder, FileName(key, nameOrAlias));
        if (index.KeyOf(path) is { } other && other != key)
        {
            path = Path.Combine(
                Path.GetDirectoryName(path)!, $"{Path.GetFileNameWithoutExtension(path)}_{key.ToString("N")[..8]}{Path.GetExtension(path)}");
        }

        return path;
    }

    private static async Task WriteIfChangedAsync(string path, byte[] bytes, CancellationToken cancellationToken)
    {
        if (File.Exists(path) && (await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false)).AsSpan().SequenceEqual(bytes))
        {
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        // A unique temp name: two saves of the same item at once must not write into one temp file.
        var temp = $"{path}.{Guid.NewGuid():N}.tmp";
        await File.WriteAllBytesAsync(temp, bytes, cancellationToken).ConfigureAwait(false);
        File.Move(temp, path, overwrite: true);
    }

    private static bool PathsEqual(string a, string b) => string.Equals(Path.GetFullPath(a), Path.GetFullPath(b), StringComparison.Ordinal);
}

/// <summary>Which item key each file of a handler folder holds (read once per export, kept current while writing).</summary>
public sealed class USyncFolderIndex
{
    private readonly Dictionary<string, (Guid Key, bool Marker)> _byFile = new(StringComparer.Ordinal);

    /// <summary>Indexes the files of <paramref name="folderPath"/>: items and markers by their Key attribute.</summary>
    public static USyncFolderIndex Load(string folderPath, string extension)
    {
        var index = new USyncFolderIndex();
        if (!Directory.Exists(folderPath))
        {
            return index;
        }

        foreach (var file in Directory.GetFiles(folderPath, "*." + extension))
        {
            if (ReadKey(file) is { } entry)
            {
                index._byFile[Path.GetFullPath(file)] = entry;
            }
        }

        return index;
    }

    /// <summary>The key a file holds (item or marker), null when there is no readable file.</summary>
    public Guid? KeyOf(string path) => _byFile.TryGetValue(Path.GetFullPath(path), out var entry) ? entry.Key : null;

    /// <summary>The item files (not markers) holding an item.</summary>
    public IEnumerable<string> FilesOf(Guid key) => _byFile.Where(p => p.Value.Key == key && !p.Value.Marker).Select(p => p.Key);

    /// <summary>Records that a file now holds an item.</summary>
    public void Record(Guid key, string path) => _byFile[Path.GetFullPath(path)] = (key, false);

    /// <summary>Records that a file now holds a marker for <paramref name="key"/>.</summary>
    public void RecordMarker(Guid key, string path) => _byFile[Path.GetFullPath(path)] = (key, true);

    private static (Guid, bool)? ReadKey(string file)
    {
        try
        {
            using var reader = XmlReader.Create(file, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
            if (reader.MoveToContent() != XmlNodeType.Element)
            {
                return null;
            }

            return Guid.TryParse(reader.GetAttribute("Key"), out var key) ? (key, reader.LocalName == EmptyMarker.ElementName) : null;
        }
        catch (XmlException)
        {
            return null;
        }
        catch (IOException)
        {
            return null;
        }
    }
}
