using CareerCms.Plugin.Careers;
using CareerCms.Plugin.Ports;

namespace CareerCms.Plugin.Tests.Support;

/// <summary>Published content a test edits in place (the reader always answers the current state).</summary>
internal sealed class FakeCareerContentReader : ICareerContentReader
{
    public Dictionary<Guid, CareerDetails> Careers { get; } = [];

    public Dictionary<Guid, TransitionPathDetails> Paths { get; } = [];

    public Dictionary<Guid, SkillDetails> Skills { get; } = [];

    public IReadOnlyCollection<CareerDetails> GetCareers() => Careers.Values.ToList();

    public CareerDetails? GetCareer(Guid key) => Careers.GetValueOrDefault(key);

    public IReadOnlyCollection<TransitionPathDetails> GetTransitionPaths() => Paths.Values.ToList();

    public TransitionPathDetails? GetTransitionPath(Guid key) => Paths.GetValueOrDefault(key);

    public IReadOnlyCollection<SkillDetails> GetSkills() => Skills.Values.ToList();

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
