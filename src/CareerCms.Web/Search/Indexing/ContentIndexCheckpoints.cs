using System.Text.Json;
using CareerCms.Web.Composition;

namespace CareerCms.Web.Search.Indexing;

/// <summary>
/// The last journal instruction each content index has durably committed, one small file per index beside its
/// folder (<c>TEMP/ExamineIndexes/{IndexName}.checkpoint.json</c>). Written (temp file, flush to disk, atomic
/// rename) only after a Lucene commit that holds every change up to that instruction, and deleted before a rebuild
/// starts, so a checkpoint on disk never claims more than the committed index holds.
/// </summary>
public sealed class ContentIndexCheckpoints(RuntimePaths paths, ILogger<ContentIndexCheckpoints> logger)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly Lock _gate = new();

    /// <summary>The folder holding the index folders and their checkpoints.</summary>
    public string Folder { get; } = Path.Combine(paths.DataDirectory, "TEMP", "ExamineIndexes");

    /// <summary>The checkpoint file of an index.</summary>
    public string FileOf(string indexName) => Path.Combine(Folder, indexName + ".checkpoint.json");

    /// <summary>The stored checkpoint, or null when there is none or it cannot be read.</summary>
    public ContentIndexCheckpoint? Read(string indexName)
    {
        var file = FileOf(indexName);
        try
        {
            return File.Exists(file) ? JsonSerializer.Deserialize<ContentIndexCheckpoint>(File.ReadAllBytes(file), Json) : null;
        }
        catch (Exception ex) when (ex is IOException or JsonException or UnauthorizedAccessException)
        {
            logger.LogWarning(ex, "The checkpoint of index {IndexName} cannot be read; the index will be rebuilt", indexName);
            return null;
        }
    }

    /// <summary>Durably replaces the checkpoint.</summary>
    public void Write(string indexName, ContentIndexCheckpoint checkpoint)
    {
        lock (_gate)
        {
            WriteLocked(indexName, checkpoint);
        }
    }

    /// <summary>Removes the checkpoint (before a rebuild: a half-built index must not be replayed onto).</summary>
    public void Delete(string indexName)
    {
        lock (_gate)
        {
            var file = FileOf(indexName);
            if (File.Exists(file))
            {
                File.Delete(file);
            }
        }
    }

    private void WriteLocked(string indexName, ContentIndexCheckpoint checkpoint)
    {
        Directory.CreateDirectory(Folder);
        var file = FileOf(indexName);
        var temp = file + ".tmp";
        using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            JsonSerializer.Serialize(stream, checkpoint, Json);
            stream.Flush(flushToDisk: true);
        }

        File.Move(temp, file, overwrite: true);
    }
}

/// <summary>One index's durable journal position.</summary>
/// <param name="InstructionId">Every journal instruction up to this id is in the committed index.</param>
/// <param name="WrittenUtc">When the position was last confirmed (for the journal's retention window).</param>
/// <param name="Format">The way the index's documents were written (<see cref="CurrentFormat"/>); 0 in checkpoints written before it was recorded.</param>
public sealed record ContentIndexCheckpoint(int InstructionId, DateTime WrittenUtc, int Format = 0)
{
    /// <summary>
    /// The document format this runtime writes; an index checkpointed with another one is rebuilt at start.
    /// 1: numbers and dates without numeric DocValues (sorted through the FieldCache).
    /// </summary>
    public const int CurrentFormat = 1;
}
