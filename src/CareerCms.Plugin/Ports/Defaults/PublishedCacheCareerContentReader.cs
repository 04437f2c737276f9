using CareerCms.Plugin.Careers;
using Umbraco.Cms.Core.Models.PublishedContent;
using Umbraco.Cms.Core.PublishedCache;
using Umbraco.Cms.Core.Services.Navigation;

namespace CareerCms.Plugin.Ports.Defaults;

/// <summary>
/// The plugin's <see cref="ICareerContentReader"/> in an Umbraco 17 site: walks the document navigation structure
/// for careers, paths and skills, reads their published versions from Core's published content cache and keeps
/// the parsed snapshot until <see cref="CareerContentInvalidator"/> says which branches of the published content
/// changed; the next read reads those branches again.
/// </summary>
public sealed class PublishedCacheCareerContentReader(
    IPublishedContentCache publishedContent,
    IDocumentNavigationQueryService navigation) : IRefreshableCareerContentReader
{
    private static readonly string[] Types = [CareerContentTypes.Career, CareerContentTypes.TransitionPath, CareerContentTypes.Skill];
    private readonly CareerContentSnapshotKeeper _keeper = new();

    /// <summary>Forgets the snapshot; the next read reads the published content again (reusing unchanged items).</summary>
    public void Invalidate() => _keeper.Changed(null);

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

    private CareerContentSnapshot Snapshot() => _keeper.Get(Items, Branches);

    private IEnumerable<CareerContentItem> Items()
    {
        if (!navigation.TryGetRootKeys(out var roots))
        {
            yield break;
        }

        foreach (var root in roots)
        {
            foreach (var item in Under(root, includeSelf: false))
            {
                yield return item;
            }
        }
    }

    private List<CareerContentItem> Branches(IReadOnlySet<Guid> keys) =>
        [.. keys.SelectMany(key => Under(key, includeSelf: true)).DistinctBy(item => item.Key)];

    private IEnumerable<CareerContentItem> Under(Guid key, bool includeSelf)
    {
        if (includeSelf && publishedContent.GetById(key) is { } self && Types.Contains(self.ContentType.Alias) && Item(key, self.ContentType.Alias) is { } own)
        {
            yield return own;
        }

        foreach (var type in Types)
        {
            if (!navigation.TryGetDescendantsKeysOfType(key, type, out var keys))
            {
                continue;
            }

            foreach (var descendant in keys)
            {
                if (Item(descendant, type) is { } item)
                {
                    yield return item;
                }
            }
        }
    }

    /// <summary>The published item when it and every ancestor are published (what the Delivery API serves).</summary>
    private CareerContentItem? Item(Guid key, string type)
    {
        var content = publishedContent.GetById(key);
        if (content is null || !navigation.TryGetAncestorsKeys(key, out var ancestors))
        {
            return null;
        }

        var above = ancestors.ToList();
        if (!above.All(a => publishedContent.GetById(a) is not null))
        {
            return null;
        }

        navigation.TryGetParentKey(key, out var parent);
        return new CareerContentItem(
            key, parent, type, content.Name, content.UrlSegment ?? "", alias => content.GetProperty(alias)?.GetSourceValue(), content, above);
    }
}
