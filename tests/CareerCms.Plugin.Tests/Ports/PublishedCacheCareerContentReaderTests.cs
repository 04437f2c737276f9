using CareerCms.Plugin.Ports.Defaults;
using CareerCms.Plugin.Tests.Support;
using Umbraco.Cms.Core.Models.PublishedContent;
using Umbraco.Cms.Core.PublishedCache;
using Umbraco.Cms.Core.Services.Navigation;

namespace CareerCms.Plugin.Tests.Ports;

/// <summary>The plugin's Core-based reader (an Umbraco site's default) over fakes of Core's cache and navigation.</summary>
public sealed class PublishedCacheCareerContentReaderTests
{
    private static readonly Guid Root = Guid.NewGuid();
    private static readonly Guid Career = Guid.NewGuid();
    private static readonly Guid Path = Guid.NewGuid();
    private static readonly Guid Skill = Guid.NewGuid();
    private static readonly Guid Hidden = Guid.NewGuid();

    private readonly Dictionary<Guid, IPublishedContent> _published = [];
    private readonly Dictionary<Guid, Guid?> _parents = [];

    public PublishedCacheCareerContentReaderTests()
    {
        Add(Root, null, "Careers", "careers", []);
        Add(Skill, Root, "Docker", "docker", new() { ["learningHours"] = 60 });
        Add(Career, Root, "MLOps Engineer", "mlops-engineer", new()
        {
            ["industry"] = """["AI/Infrastructure"]""",
            ["salaryMin"] = 130000,
            ["requiredSkills"] = $$"""{"layout":{},"contentData":[{"key":"{{Guid.NewGuid()}}","values":[{"alias":"skill","value":"umb://document/{{Skill:N}}"},{"alias":"importance","value":4},{"alias":"level","value":5}]}]}""",
        });
        Add(Path, Career, "Software Engineer to MLOps Engineer", "se-to-mlops", new() { ["difficulty"] = """["Moderate"]""", ["engagementBaseline"] = "217" });
        _parents[Hidden] = Guid.NewGuid(); // a career under an unpublished parent
        _published[Hidden] = Content(Hidden, "Hidden", "hidden", []);
    }

    [Fact]
    public void Reads_RoutablePublishedCareersPathsAndSkills()
    {
        var reader = Reader(types: new() { ["career"] = [Career, Hidden], ["transitionPath"] = [Path], ["skill"] = [Skill] });

        var career = Assert.Single(reader.GetCareers());
        Assert.Equal(("MLOps Engineer", "AI/Infrastructure", 130000), (career.Name, career.Industry, career.SalaryMin));
        Assert.Equal("docker", Assert.Single(career.RequiredSkills).SkillAlias);
        var path = Assert.Single(reader.GetTransitionPaths());
        Assert.Equal((Career, 217), (path.TargetCareerKey, path.EngagementBaseline));
        Assert.Equal("docker", Assert.Single(reader.GetSkills()).Info.Alias);
    }

    [Fact]
    public void Invalidate_MakesTheNextReadSeeChanges()
    {
        var types = new Dictionary<string, Guid[]> { ["career"] = [Career], ["transitionPath"] = [Path], ["skill"] = [Skill] };
        var reader = Reader(types);
        Assert.Single(reader.GetTransitionPaths());
        _published.Remove(Path);

        var stale = reader.GetTransitionPaths().Count;
        reader.Invalidate();

        Assert.Equal(1, stale);
        Assert.Empty(reader.GetTransitionPaths());
    }

    private PublishedCacheCareerContentReader Reader(Dictionary<string, Guid[]> types)
    {
        var cache = Fake.Of<IPublishedContentCache>(new()
        {
            ["GetById"] = args => args[^1] is Guid key ? _published.GetValueOrDefault(key) : null,
        });
        var navigation = Fake.Of<IDocumentNavigationQueryService>(new()
        {
            ["TryGetRootKeys"] = args => Out(args, 0, new[] { Root }),
            ["TryGetDescendantsKeysOfType"] = args => Out(args, 2, types.GetValueOrDefault((string)args[1]!) ?? []),
            ["TryGetParentKey"] = args => Out(args, 1, _parents.GetValueOrDefault((Guid)args[0]!)),
            ["TryGetAncestorsKeys"] = args => Out(args, 1, Ancestors((Guid)args[0]!)),
        });
        return new PublishedCacheCareerContentReader(cache, navigation);
    }

    private IEnumerable<Guid> Ancestors(Guid key)
    {
        var list = new List<Guid>();
        for (var parent = _parents.GetValueOrDefault(key); parent is { } p; parent = _parents.GetValueOrDefault(p))
        {
            list.Add(p);
        }

        return list;
    }

    private static bool Out(object?[] args, int index, object? value)
    {
        args[index] = value;
        return true;
    }

    private void Add(Guid key, Guid? parent, string name, string segment, Dictionary<string, object?> values)
    {
        _parents[key] = parent;
        _published[key] = Content(key, name, segment, values);
    }

    private static IPublishedContent Content(Guid key, string name, string segment, Dictionary<string, object?> values) =>
        Fake.Of<IPublishedContent>(new()
        {
            ["Key"] = _ => key,
            ["Name"] = _ => name,
            ["UrlSegment"] = _ => segment,
            ["GetProperty"] = args => values.TryGetValue((string)args[0]!, out var value)
                ? Fake.Of<IPublishedProperty>(new() { ["GetSourceValue"] = _ => value })
                : null,
        });
}
