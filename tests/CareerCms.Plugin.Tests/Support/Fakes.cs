using CareerCms.Plugin.Careers;
using CareerCms.Plugin.Ports;

namespace CareerCms.Plugin.Tests.Support;

/// <summary>Published content a test edits in place (the reader always answers the current state).</summary>
internal sealed class FakeCareerContentReader : ICareerContentReader
{
    public Dictionary<Guid, CareerDetails> Careers { get; } = [];

    public Dictionary<Guid, TransitionPathDetails> Paths { get; } = [];

    public Dictionary<Guid, SkillDetails> Skills { get; } = [];

    /// <summary>Folders above careers (a career with no entry sits at the root); a path's parent is its target.</summary>
    public Dictionary<Guid, Guid> Parents { get; } = [];

    /// <summary>False: the reader does not know the tree (GetBranch answers null), as a host's own reader may.</summary>
    public bool KnowsTree { get; set; } = true;

    public IReadOnlyCollection<CareerDetails> GetCareers() => Careers.Values.ToList();

    public CareerDetails? GetCareer(Guid key) => Careers.GetValueOrDefault(key);

    public IReadOnlyCollection<TransitionPathDetails> GetTransitionPaths() => Paths.Values.ToList();

    public TransitionPathDetails? GetTransitionPath(Guid key) => Paths.GetValueOrDefault(key);

    public IReadOnlyCollection<SkillDetails> GetSkills() => Skills.Values.ToList();

    /// <summary>Careers and the paths under published careers, at or under the key, as a real reader sees the tree.</summary>
    public CareerContentBranch? GetBranch(Guid? key)
    {
        if (!KnowsTree)
        {
            return null;
        }

        var ancestors = new Dictionary<Guid, IReadOnlyList<Guid>>();
        foreach (var career in Careers.Values)
        {
            ancestors[career.Key] = Above(career.Key);
        }

        foreach (var path in Paths.Values.Where(p => Careers.ContainsKey(p.TargetCareerKey)))
        {
            ancestors[path.Key] = [path.TargetCareerKey, .. Above(path.TargetCareerKey)];
        }

        bool In(Guid item) => key is not { } root || item == root || ancestors[item].Contains(root);
        return new CareerContentBranch(
            [.. Careers.Values.Where(c => In(c.Key))],
            [.. Paths.Values.Where(p => ancestors.ContainsKey(p.Key) && In(p.Key))],
            ancestors);
    }

    private List<Guid> Above(Guid key)
    {
        var above = new List<Guid>();
        for (var current = key; Parents.TryGetValue(current, out var parent); current = parent)
        {
            above.Add(parent);
        }

        return above;
    }

    public CareerDetails AddCareer(string name, string? industry = null, Guid? key = null, IReadOnlyList<SkillRequirement>? skills = null)
    {
        var career = new CareerDetails(key ?? Guid.NewGuid(), name, industry, null, null, null, null, null, skills ?? [], []);
        Careers[career.Key] = career;
        return career;
    }

    public TransitionPathDetails AddPath(Guid target, Guid? from, TransitionDifficulty? difficulty = null, Guid? key = null, int baseline = 0)
    {
        var path = new TransitionPathDetails(key ?? Guid.NewGuid(), "Path", target, from, difficulty, null, null, null, null, null, baseline, []);
        Paths[path.Key] = path;
        return path;
    }
}

/// <summary>Remembers what it was asked to re-index.</summary>
internal sealed class RecordingReindexer : IContentReindexer
{
    public List<IReadOnlyCollection<Guid>> Calls { get; } = [];

    public Task ReindexAsync(IReadOnlyCollection<Guid> keys, CancellationToken cancellationToken)
    {
        Calls.Add([.. keys]);
        return Task.CompletedTask;
    }
}

/// <summary>Resolves GUIDs as themselves and known paths from a table.</summary>
internal sealed class TableKeyResolver(IReadOnlyDictionary<string, Guid>? paths = null) : IContentKeyResolver
{
    public Guid? ResolveKey(string idOrPath) =>
        Guid.TryParse(idOrPath, out var key) ? key : paths?.TryGetValue(idOrPath, out var found) == true ? found : null;
}

/// <summary>Fixed engagement counts.</summary>
internal sealed class FixedStartStore(IReadOnlyDictionary<Guid, long>? counts = null) : IPathStartStore
{
    public Task<PathStartOutcome> RecordAsync(PathStart start, CancellationToken cancellationToken) =>
        Task.FromResult(PathStartOutcome.Counted);

    public long GetCount(Guid pathKey) => counts?.GetValueOrDefault(pathKey) ?? 0;

    public IReadOnlyDictionary<Guid, long> GetCounts() => counts ?? new Dictionary<Guid, long>();
}
