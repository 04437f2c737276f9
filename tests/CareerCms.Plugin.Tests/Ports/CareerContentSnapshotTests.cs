using CareerCms.Plugin.Careers;
using CareerCms.Plugin.Ports;

namespace CareerCms.Plugin.Tests.Ports;

public sealed class CareerContentSnapshotTests
{
    private static readonly Guid PythonKey = Guid.Parse("c337f547-a34b-46e6-abea-b9a468480ce3");
    private static readonly Guid DockerKey = Guid.Parse("b9ee42f6-df02-4cda-80a4-9f3e59d44a05");
    private static readonly Guid LinuxKey = Guid.Parse("1a6f197e-8c11-4059-a643-cdd8c61c591e");
    private static readonly Guid CareerKey = Guid.NewGuid();
    private static readonly Guid BackgroundKey = Guid.NewGuid();

    [Fact]
    public void Build_ParsesCareersPathsAndSkillsFromStoredValues()
    {
        var snapshot = CareerContentSnapshot.Build(StarterLikeItems());

        var career = snapshot.GetCareer(CareerKey)!;
        Assert.Equal(("AI/Infrastructure", "Mid-Senior", 130000, 220000, 50, 4), (career.Industry, career.ExperienceLevel, career.SalaryMin, career.SalaryMax, career.GrowthRate, career.JobZone));
        Assert.Equal([new SkillRequirement("python", 5, 5), new SkillRequirement("docker", 4, 5)], career.RequiredSkills);
        Assert.Equal([BackgroundKey], career.RelatedCareerKeys);

        var path = Assert.Single(snapshot.GetTransitionPaths());
        Assert.Equal((CareerKey, BackgroundKey, TransitionDifficulty.Moderate, 6, 9, 40, 60, 217), (path.TargetCareerKey, path.FromCareerKey, path.Difficulty,
            path.DurationMinMonths, path.DurationMaxMonths, path.SalaryChangeMinPercent, path.SalaryChangeMaxPercent, path.EngagementBaseline));
        Assert.Equal([new EditorRoadmapPhase("Containers", 2, ["docker"])], path.Roadmap.Select(p => p with { SkillAliases = [.. p.SkillAliases] }), new PhaseComparer());

        var docker = snapshot.GetSkills().Single(s => s.Key == DockerKey);
        Assert.Equal(("docker", "Docker", 60, "Tool"), (docker.Info.Alias, docker.Info.Name, docker.Info.LearningHours, docker.Category));
        Assert.Equal(["linux"], docker.Info.Prerequisites);
        Assert.Equal(["containers"], docker.Synonyms);
    }

    [Fact]
    public void Build_WhenARequirementNamesAnUnpublishedSkillOrIsOffScale_LeavesItOut()
    {
        var items = StarterLikeItems().Where(i => i.Key != PythonKey).ToList();

        var career = CareerContentSnapshot.Build(items).GetCareer(CareerKey)!;

        Assert.Equal([new SkillRequirement("docker", 4, 5)], career.RequiredSkills);
    }

    [Fact]
    public void Build_WhenAPathsParentIsNotAPublishedCareer_LeavesThePathOut()
    {
        var items = StarterLikeItems().Where(i => i.Key != CareerKey).ToList();

        Assert.Empty(CareerContentSnapshot.Build(items).GetTransitionPaths());
    }

    [Fact]
    public void Build_WhenSalaryRangeIsInvertedOrNegative_ReadsItSafely()
    {
        var inverted = Item(Guid.NewGuid(), null, "career", "Odd", new() { ["salaryMin"] = "200", ["salaryMax"] = "100", ["jobZone"] = "9" });
        var negative = Item(Guid.NewGuid(), null, "career", "Odd", new() { ["salaryMin"] = "-1", ["salaryMax"] = "100" });

        var snapshot = CareerContentSnapshot.Build([inverted, negative]);

        Assert.Equal((100, 200, (int?)null), (snapshot.GetCareer(inverted.Key)!.SalaryMin, snapshot.GetCareer(inverted.Key)!.SalaryMax, snapshot.GetCareer(inverted.Key)!.JobZone));
        Assert.Equal((null, 100), (snapshot.GetCareer(negative.Key)!.SalaryMin, snapshot.GetCareer(negative.Key)!.SalaryMax));
        _ = snapshot.GetCareer(inverted.Key)!.ToProfile();
    }

    [Fact]
    public void Build_WhenTwoSkillsShareAnAlias_KeepsOne()
    {
        var first = Item(Guid.NewGuid(), null, "skill", "Python", [], "python");
        var second = Item(Guid.NewGuid(), null, "skill", "Python 3", [], "python");

        Assert.Single(CareerContentSnapshot.Build([first, second]).GetSkills());
    }

    [Fact]
    public void Build_WithPrevious_ReusesUnchangedItemsAndReparsesChangedOnes()
    {
        var items = StarterLikeItems().Select(i => i with { Version = new object() }).ToList();
        var first = CareerContentSnapshot.Build(items);

        var same = CareerContentSnapshot.Build(items, first);
        var career = items.Single(i => i.Key == CareerKey);
        items[items.IndexOf(career)] = career with { Version = new object(), Name = "MLOps Engineer II" };
        var changed = CareerContentSnapshot.Build(items, first);

        Assert.Same(first.GetCareer(CareerKey), same.GetCareer(CareerKey));
        Assert.Same(first.GetCareer(BackgroundKey), changed.GetCareer(BackgroundKey));
        Assert.Equal("MLOps Engineer II", changed.GetCareer(CareerKey)!.Name);
    }

    [Fact]
    public void Build_WhenASkillAliasChanges_ReparsesTheCareersThatRequireIt()
    {
        var items = StarterLikeItems().Select(i => i with { Version = new object() }).ToList();
        var first = CareerContentSnapshot.Build(items);
        var docker = items.Single(i => i.Key == DockerKey);
        items[items.IndexOf(docker)] = docker with { UrlSegment = "containers", Version = new object() };

        var after = CareerContentSnapshot.Build(items, first);

        Assert.Equal(["python", "containers"], after.GetCareer(CareerKey)!.RequiredSkills.Select(r => r.SkillAlias));
    }

    private static IEnumerable<CareerContentItem> StarterLikeItems()
    {
        yield return Item(PythonKey, null, "skill", "Python", new() { ["learningHours"] = "120", ["category"] = """["Tool"]""", ["synonyms"] = """["py"]""" }, "python");
        yield return Item(LinuxKey, null, "skill", "Linux", new() { ["learningHours"] = "60" }, "linux");
        yield return Item(DockerKey, null, "skill", "Docker", new()
        {
            ["learningHours"] = 60,
            ["category"] = """["Tool"]""",
            ["prerequisites"] = "umb://document/" + LinuxKey.ToString("N"),
            ["synonyms"] = """["containers"]""",
        }, "docker");
        yield return Item(CareerKey, null, "career", "MLOps Engineer", new()
        {
            ["industry"] = """["AI/Infrastructure"]""",
            ["experienceLevel"] = """["Mid-Senior"]""",
            ["salaryMin"] = "130000",
            ["salaryMax"] = 220000,
            ["growthRate"] = "50",
            ["jobZone"] = "4",
            ["relatedCareers"] = "umb://document/" + BackgroundKey.ToString("N"),
            ["requiredSkills"] = Blocks(
                Block(("skill", Udi(PythonKey)), ("importance", 5), ("level", 5)),
                Block(("skill", Udi(DockerKey)), ("importance", 4), ("level", 5)),
                Block(("skill", Udi(DockerKey)), ("importance", 9), ("level", 5))),
        });
        yield return Item(BackgroundKey, null, "career", "Software Engineer", []);
        yield return Item(Guid.NewGuid(), CareerKey, "transitionPath", "Software Engineer to MLOps Engineer", new()
        {
            ["fromCareer"] = Udi(BackgroundKey),
            ["difficulty"] = """["Moderate"]""",
            ["durationMinMonths"] = "6",
            ["durationMaxMonths"] = "9",
            ["salaryChangeMinPercent"] = "40",
            ["salaryChangeMaxPercent"] = "60",
            ["engagementBaseline"] = "217",
            ["roadmap"] = Blocks(Block(("title", "Containers"), ("months", 2), ("skills", Udi(DockerKey)))),
        });
    }

    private static CareerContentItem Item(Guid key, Guid? parent, string type, string name, Dictionary<string, object?> values, string? segment = null) =>
        new(key, parent, type, name, segment ?? name.ToLowerInvariant().Replace(' ', '-'), alias => values.GetValueOrDefault(alias));

    private static string Udi(Guid key) => "umb://document/" + key.ToString("N");

    private static string Block(params (string Alias, object Value)[] values) =>
        $$"""{"key":"{{Guid.NewGuid()}}","values":[{{string.Join(",", values.Select(v => $$"""{"alias":"{{v.Alias}}","value":{{System.Text.Json.JsonSerializer.Serialize(v.Value)}}}"""))}}]}""";

    private static string Blocks(params string[] blocks) => $$"""{"layout":{},"contentData":[{{string.Join(",", blocks)}}]}""";

    private sealed class PhaseComparer : IEqualityComparer<EditorRoadmapPhase>
    {
        public bool Equals(EditorRoadmapPhase? x, EditorRoadmapPhase? y) =>
            x is not null && y is not null && x.Title == y.Title && x.Months == y.Months && x.SkillAliases.SequenceEqual(y.SkillAliases);

        public int GetHashCode(EditorRoadmapPhase obj) => obj.Title.GetHashCode(StringComparison.Ordinal);
    }
}
