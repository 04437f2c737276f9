namespace CareerCms.Web.Search.Indexing;

/// <summary>
/// How ExternalIndex and InternalIndex are kept, bound from <c>CareerCms:Search:Indexing</c>; Umbraco's own
/// <c>Umbraco:CMS:Indexing:ExplicitlyIndexEachNestedProperty</c> and <c>BatchSize</c> keys are honoured too.
/// </summary>
public sealed class ContentIndexingOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "CareerCms:Search:Indexing";

    /// <summary>
    /// Apply content changes to the indexes on this node. When false, changes are not applied; the journal keeps
    /// them and they are replayed the next time the node starts with it on (as after a crash). Default: true.
    /// </summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// How long after a write the indexes commit; the career search reads committed generations, so this bounds
    /// publish-to-searchable. Default: 200 milliseconds (Examine's 1 second is too slow for the 1 second target).
    /// </summary>
    public TimeSpan CommitInterval { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>
    /// Documents per rebuild batch (Umbraco's <c>Indexing:BatchSize</c> when set). Larger batches mean fewer commits
    /// during a rebuild (at most one per batch once a batch takes longer than <see cref="CommitInterval"/> to write).
    /// Default: 5000.
    /// </summary>
    public int BatchSize { get; set; } = 5000;

    /// <summary>
    /// Index each nested block property in its own field (<c>requiredSkills.items[0].skill</c>) besides the block
    /// list's own field. Default: true, as Umbraco's <c>ExplicitlyIndexEachNestedProperty</c>.
    /// </summary>
    public bool ExplicitlyIndexEachNestedProperty { get; set; } = true;

    /// <summary>Journal instructions read per round. Default: 200.</summary>
    public int JournalBatchSize { get; set; } = 200;

    /// <summary>
    /// A checkpoint further behind the journal than this many instructions (or older than the journal's retention)
    /// is not replayed: the index is rebuilt. Default: 1000 (Umbraco's MaxProcessingInstructionCount).
    /// </summary>
    public int MaxReplayInstructions { get; set; } = 1000;

    /// <summary>How long after a failed rebuild another is attempted. Default: 30 seconds.</summary>
    public TimeSpan RebuildRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    internal IEnumerable<string> Validate()
    {
        if (CommitInterval <= TimeSpan.Zero || CommitInterval > TimeSpan.FromMinutes(1))
        {
            yield return "CareerCms:Search:Indexing:CommitInterval must be between 0 and 1 minute.";
        }

        if (BatchSize is < 1 or > 100_000)
        {
            yield return "CareerCms:Search:Indexing:BatchSize must be between 1 and 100000.";
        }

        if (JournalBatchSize is < 1 or > 10_000)
        {
            yield return "CareerCms:Search:Indexing:JournalBatchSize must be between 1 and 10000.";
        }

        if (MaxReplayInstructions < 1)
        {
            yield return "CareerCms:Search:Indexing:MaxReplayInstructions must be positive.";
        }

        if (RebuildRetryDelay <= TimeSpan.Zero)
        {
            yield return "CareerCms:Search:Indexing:RebuildRetryDelay must be positive.";
        }
    }
}
