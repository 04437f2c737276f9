using CareerCms.Plugin.Careers;
using Umbraco.Cms.Core.Models.PublishedContent;
using Umbraco.Cms.Core.PublishedCache;
using Umbraco.Cms.Core.Services.Navigation;

namespace CareerCms.Plugin.Ports.Defaults;

/// <summary>
/// The plugin's <see cref="ICareerContentReader"/> in an Umbraco 17 site: walks the document navigation structure
/// for careers, paths and skills, reads their published versions from Core's published content cache and keeps
/// the parsed snapshot until <see cref="CareerContentInvalidator"/> says the published content changed.
/// </summary>
public sealed class PublishedCacheCareerContentReader(
    IPublishedContentCache publishedContent,
    IDocumentNavigationQueryService navigation) : ICareerContentReader
{
    private static readonly string[] Types = [CareerContentTypes.Career, CareerContentTypes.TransitionPath, CareerContentTypes.Skill];
    private CareerContentSnapshot? _snapshot;
    private CareerContentSnapshot? _previous;

    /// <summary>Forgets the snapshot; the next read reads the published content again (reusing unchanged items).</summary>
    public void Invalidate()
    {
        if (Interlocked.Exchange(ref _snapshot, null) is { } old)
        {
            Volatile.Write(ref _previous, old);
        }
    }

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
        var current = Volatile.Read(ref _snapshot);
        if (current is not null)
        {
            return current;
        }

        var built = CareerContentSnapshot.Build(Items(), Volatile.Read(ref _previous));
        Interlocked.CompareExchange(ref _snapshot, built, null);
        return built;
    }

    private IEnumerable<CareerContentItem> Items()
    {
        if (!navigation.TryGetRootKeys(out var roots))
        {
            yield break;
        }

        foreach (var root in roots)
        {
            foreach (var type in Types)
            {
                if (!navigation.TryGetDescendantsKeysOfType(root, type, out var keys))
                {
                    continue;
                }

                foreach (var key in keys)
                {
                    if (Routable(key) is { } content)
                    {
                        navigation.TryGetParentKey(key, out var parent);
                        yield return new CareerContentItem(
                            key, parent, type, content.Name, content.UrlSegment ?? "", alias => content.GetProperty(alias)?.GetSourceValue(), content);
                    }
                }
            }
        }
    }

    /// <summary>The published item when it and every ancestor are published (what the Delivery API serves).</summary>
    private IPublishedContent? Routable(Guid key)
    {
        var content = publishedContent.GetById(key);
        if (content is null || !navigation.TryGetAncestorsKeys(key, out var ancestors))
        {
            return null;
        }

        return ancestors.All(a => publishedContent.GetById(a) is not null) ? content : null;
    }
}
