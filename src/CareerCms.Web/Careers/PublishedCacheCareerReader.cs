using System.Runtime.CompilerServices;
using CareerCms.Plugin.Careers;
using CareerCms.Plugin.Ports;
using CareerCms.Web.Content.Published;

namespace CareerCms.Web.Careers;

/// <summary>
/// The host's <see cref="ICareerContentReader"/> over its published content cache. The parsed snapshot is kept
/// while the cache holds the same document instances (the cache replaces a document's record whenever it
/// refreshes it), so checking costs one pass over references, and after a change only the changed documents are
/// parsed again.
/// </summary>
public sealed class PublishedCacheCareerReader(PublishedContentCache cache) : ICareerContentReader
{
    private static readonly HashSet<string> Types =
        new([CareerContentTypes.Career, CareerContentTypes.TransitionPath, CareerContentTypes.Skill], StringComparer.Ordinal);

    private readonly Lock _gate = new();
    private Cached? _cached;

    /// <inheritdoc />
    public IReadOnlyCollection<CareerDetails> GetCareers() => Snapshot().GetCareers();

    /// <inheritdoc />
    public CareerDetails? GetCareer(Guid key) => Snapshot().GetCareer(key);

    /// <inheritdoc />
    public IReadOnlyCollection<TransitionPathDetails> GetTransitionPaths() => Snapshot().GetTransitionPaths();

    /// <inheritdoc />
    public TransitionPathDetails? GetTransitionPath(Guid key) => Snapshot().GetTransitionPath(key);

    /// <inheritdoc />
    public IReadOnlyCollection<SkillDetails> GetSkills() => Snapshot().GetSkills();

    private CareerContentSnapshot Snapshot()
    {
        var documents = cache.All.Where(d => Types.Contains(d.ContentTypeAlias)).ToList();
        var cached = Volatile.Read(ref _cached);
        if (cached is not null && cached.Matches(documents))
        {
            return cached.Snapshot;
        }

        lock (_gate)
        {
            cached = _cached;
            if (cached is not null && cached.Matches(documents))
            {
                return cached.Snapshot;
            }

            // Documents the cache still holds as the same record are not parsed again.
            var built = new Cached(documents, CareerContentSnapshot.Build(documents.Select(ToItem), cached?.Snapshot));
            Volatile.Write(ref _cached, built);
            return built.Snapshot;
        }
    }

    private static CareerContentItem ToItem(PublishedDocument document) =>
        new(document.Key, document.ParentKey, document.ContentTypeAlias, document.Name, document.UrlSegment,
            alias => document.Values.GetValueOrDefault(alias), document);

    /// <summary>A snapshot and the exact document records it was parsed from.</summary>
    private sealed class Cached(IReadOnlyList<PublishedDocument> documents, CareerContentSnapshot snapshot)
    {
        private readonly HashSet<PublishedDocument> _documents = new(documents, ReferenceEqualityComparer.Instance);

        public CareerContentSnapshot Snapshot { get; } = snapshot;

        public bool Matches(IReadOnlyList<PublishedDocument> current) =>
            current.Count == _documents.Count && current.All(_documents.Contains);
    }
}
