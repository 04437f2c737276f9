using CareerCms.Plugin.Careers;
using CareerCms.Plugin.Ports;
using CareerCms.Web.Content.Published;

namespace CareerCms.Web.Careers;

/// <summary>
/// The host's <see cref="ICareerContentReader"/> over its published content cache. The parsed snapshot is kept until
/// the plugin reports a refresh (<see cref="Refreshed"/>, on every node after the cache applied a journal
/// instruction); the next read then parses only the refreshed branches' changed documents. The cache is also
/// loaded at start without a notification: a snapshot read from the empty cache is rebuilt once it holds content.
/// </summary>
public sealed class PublishedCacheCareerReader(PublishedContentCache cache) : IRefreshableCareerContentReader
{
    private static readonly HashSet<string> Types =
        new([CareerContentTypes.Career, CareerContentTypes.TransitionPath, CareerContentTypes.Skill], StringComparer.Ordinal);

    private readonly CareerContentSnapshotKeeper _keeper = new();

    /// <inheritdoc />
    public void Refreshed(IReadOnlyCollection<Guid>? branchKeys) => _keeper.Changed(branchKeys);

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

    /// <inheritdoc />
    public CareerContentBranch? GetBranch(Guid? key) => Snapshot().GetBranch(key);

    private CareerContentSnapshot Snapshot() => _keeper.Get(All, Branches, sourceMark: cache.Count > 0 ? 1 : 0);

    private IEnumerable<CareerContentItem> All() => cache.All.Where(d => Types.Contains(d.ContentTypeAlias)).Select(ToItem);

    /// <summary>The cached documents at or under the keys (the cache holds routable documents only). One plain pass.</summary>
    private List<CareerContentItem> Branches(IReadOnlySet<Guid> keys)
    {
        var items = new List<CareerContentItem>();
        foreach (var document in cache.All)
        {
            if (InBranch(document, keys) && Types.Contains(document.ContentTypeAlias))
            {
                items.Add(ToItem(document));
            }
        }

        return items;
    }

    private static bool InBranch(PublishedDocument document, IReadOnlySet<Guid> keys)
    {
        if (keys.Contains(document.Key))
        {
            return true;
        }

        var ancestors = document.AncestorKeys;
        for (var i = 0; i < ancestors.Count; i++)
        {
            if (keys.Contains(ancestors[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static CareerContentItem ToItem(PublishedDocument document) =>
        new(document.Key, document.ParentKey, document.ContentTypeAlias, document.Name, document.UrlSegment,
            alias => document.Values.GetValueOrDefault(alias), document, document.AncestorKeys);
}
