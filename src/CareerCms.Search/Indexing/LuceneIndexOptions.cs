using CareerCms.Search.Analysis;
using CareerCms.Search.Model;
using CareerCms.Search.Validation;

namespace CareerCms.Search.Indexing;

/// <summary>Options of one named <see cref="LuceneIndex"/>; register them with <c>AddLuceneIndex(name, ...)</c>.</summary>
public sealed class LuceneIndexOptions
{
    /// <summary>The folder holding the index files; required. Keep it on local disk, one folder per index.</summary>
    public string DirectoryPath { get; set; } = string.Empty;

    /// <summary>The default analyzer for full-text and undefined fields. Default: <see cref="IndexAnalyzer.Standard"/>.</summary>
    public IndexAnalyzer Analyzer { get; set; } = IndexAnalyzer.Standard;

    /// <summary>How fields are indexed; undefined fields are full text. Default: empty.</summary>
    public FieldDefinitionCollection FieldDefinitions { get; set; } = new();

    /// <summary>Decides which value sets are indexed, skipped or deleted. Default: none (everything is valid).</summary>
    public IValueSetValidator? Validator { get; set; }

    /// <summary>
    /// How long after the first uncommitted write the index commits (fsync) the batch. Later writes do not push the
    /// commit back, so under load commits land every interval. Default: 1 second.
    /// </summary>
    public TimeSpan CommitInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Near-real-time searching: a background thread reopens the searcher against the live writer, so searches see
    /// uncommitted writes. When false, each search checks for changes itself. Default: true.
    /// </summary>
    public bool NrtEnabled { get; set; } = true;

    /// <summary>With NRT, the longest a searcher goes stale when nobody waits for changes. Default: 5 seconds.</summary>
    public TimeSpan NrtTargetMaxStale { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// With NRT, the shortest gap between reopens while callers wait in <see cref="LuceneIndex.WaitForChangesAsync"/>;
    /// a higher value shares reopens between waiters under load. Default: 25 milliseconds.
    /// </summary>
    public TimeSpan NrtTargetMinStale { get; set; } = TimeSpan.FromMilliseconds(25);

    /// <summary>
    /// Numeric and date fields also get NumericDocValues, so sorting on them reads a column instead of un-inverting
    /// the field into Lucene's FieldCache on the first sort of each segment. When false they are sorted through the
    /// FieldCache (Examine's way), and writing is cheaper: Lucene.Net measures its buffer with reflection on every
    /// numeric DocValues value. Changing it for an existing index needs a rebuild. Default: true.
    /// </summary>
    public bool NumericDocValues { get; set; } = true;

    /// <summary>
    /// Memory the writer buffers added documents in before it flushes them to a new segment. Default: 16 MB (Lucene's).
    /// </summary>
    public double RamBufferSizeMb { get; set; } = 16;

    /// <summary>
    /// The writer's buffer while a rebuild fills the index: larger buffers mean fewer, larger segments and less
    /// merging, while a smaller one lets the writing threads flush as they go rather than all at the final commit.
    /// Used only during rebuilds. Default: 64 MB (about ten segments for 100,000 content documents).
    /// </summary>
    public double RebuildRamBufferSizeMb { get; set; } = 64;

    /// <summary>
    /// Test mode: every write call returns only after its change is committed and searchable. Default: false.
    /// </summary>
    public bool Synchronous { get; set; }

    /// <summary>
    /// How long opening the writer waits for the directory's write lock. A lock held by another live process is
    /// never broken; the index reports itself locked and retries on later use. Default: zero (one attempt).
    /// </summary>
    public TimeSpan WriteLockTimeout { get; set; } = TimeSpan.Zero;

    internal void Validate(string indexName)
    {
        if (string.IsNullOrWhiteSpace(DirectoryPath))
        {
            throw new ArgumentException($"Index '{indexName}' needs a {nameof(DirectoryPath)}.");
        }

        if (CommitInterval <= TimeSpan.Zero)
        {
            throw new ArgumentException($"Index '{indexName}': {nameof(CommitInterval)} must be positive.");
        }

        if (NrtTargetMinStale < TimeSpan.Zero || NrtTargetMaxStale < NrtTargetMinStale)
        {
            throw new ArgumentException($"Index '{indexName}': NRT stale targets must satisfy 0 <= min <= max.");
        }

        if (RamBufferSizeMb is < 1 or > 2047 || RebuildRamBufferSizeMb is < 1 or > 2047)
        {
            throw new ArgumentException($"Index '{indexName}': RAM buffer sizes must be between 1 and 2047 MB.");
        }

        ArgumentNullException.ThrowIfNull(FieldDefinitions);
    }
}
