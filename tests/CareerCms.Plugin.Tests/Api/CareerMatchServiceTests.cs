using CareerCms.Plugin.Api.Matching;
using CareerCms.Plugin.Careers;
using CareerCms.Plugin.Tests.Careers;
using CareerCms.Plugin.Tests.Support;
using CareerCms.Tests.Common.Careers;
using Microsoft.Extensions.Options;

namespace CareerCms.Plugin.Tests.Api;

public sealed class CareerMatchServiceTests
{
    private readonly CareerMatchService _service = new(
        StarterContent.Reader(), new CareerMatcher(SkillGapServices.Analyzer()), new StaticOptions<CareerMatchOptions>(new CareerMatchOptions()));

    [Fact]
    public void Match_SoftwareEngineersLevels_MlopsIs52Point9WithTheSoftwareEnginerPath()
    {
        var skills = StarterCareers.SoftwareEngineer.RequiredSkills.Select(r => Skill(r.SkillAlias, r.Level)).ToList();

        var result = _service.Match(new CareerMatchRequest { Skills = skills });

        Assert.Equal(CareerMatchStatus.Success, result.Status);
        var mlops = result.Response!.Items.Single(i => i.Career.Name == "MLOps Engineer");
        Assert.Equal(52.9, mlops.Readiness);
        Assert.Equal(["kubernetes", "machine-learning-fundamentals", "mlflow"], mlops.TopGaps.Select(g => g.Skill));
        Assert.Equal(StarterTransitionPaths.SoftwareEngineerToMlops.Key, mlops.BestPath!.Id);
        Assert.Equal(100, mlops.BestPath.BackgroundReadiness);
        Assert.Equal("Software Engineer", result.Response.Items[0].Career.Name);
        Assert.Equal(7, result.Response.Total);
    }

    [Fact]
    public void Match_SkillsByNameAndSynonym_ResolveIgnoringCase()
    {
        var byAlias = _service.Match(new CareerMatchRequest { Skills = [Skill("kubernetes", 5), Skill("docker", 4)] });
        var byName = _service.Match(new CareerMatchRequest { Skills = [Skill(" KUBERNETES ", 5), Skill("Containers", 4)] });

        Assert.Equal(
            byAlias.Response!.Items.Select(i => (i.Career.Id, i.Readiness)),
            byName.Response!.Items.Select(i => (i.Career.Id, i.Readiness)));
    }

    [Fact]
    public void Match_SkillNamedTwice_KeepsTheHigherLevel()
    {
        var twice = _service.Match(new CareerMatchRequest { Skills = [Skill("k8s", 2), Skill("kubernetes", 6)] });
        var once = _service.Match(new CareerMatchRequest { Skills = [Skill("kubernetes", 6)] });

        Assert.Equal(once.Response!.Items.Select(i => i.Readiness), twice.Response!.Items.Select(i => i.Readiness));
    }

    [Theory]
    [MemberData(nameof(Refusals))]
    public void Match_BadProfile_IsRefusedWithItsStatus(CareerMatchRequest request, CareerMatchStatus status, string[] offending)
    {
        var result = _service.Match(request);

        Assert.Equal(status, result.Status);
        Assert.Null(result.Response);
        Assert.Equal(offending, result.Offending ?? []);
    }

    public static TheoryData<CareerMatchRequest, CareerMatchStatus, string[]> Refusals() => new()
    {
        { new CareerMatchRequest(), CareerMatchStatus.EmptyProfile, [] },
        { new CareerMatchRequest { Skills = [Skill("python", 0)] }, CareerMatchStatus.EmptyProfile, [] },
        { new CareerMatchRequest { Skills = [Skill("cobol", 3), Skill("python", 3), Skill("fortran", 1)] }, CareerMatchStatus.UnknownSkill, ["cobol", "fortran"] },
        { new CareerMatchRequest { Skills = [Skill("python", 8), Skill("docker", 7)] }, CareerMatchStatus.LevelOutOfRange, ["python"] },
        { new CareerMatchRequest { Skills = [new VisitorSkillLevel { Skill = "python" }] }, CareerMatchStatus.LevelOutOfRange, ["python"] },
        { new CareerMatchRequest { Skills = [Skill("python", 3)], Take = 0 }, CareerMatchStatus.TakeOutOfRange, [] },
        { new CareerMatchRequest { Skills = [Skill("python", 3)], Take = 51 }, CareerMatchStatus.TakeOutOfRange, [] },
        { new CareerMatchRequest { Skills = [.. Enumerable.Repeat(Skill("python", 3), 101)] }, CareerMatchStatus.TooManySkills, [] },
    };

    private static VisitorSkillLevel Skill(string skill, int level) => new() { Skill = skill, Level = level };

    private sealed class StaticOptions<T>(T value) : IOptionsMonitor<T>
    {
        public T CurrentValue => value;

        public T Get(string? name) => value;

        public IDisposable? OnChange(Action<T, string?> listener) => null;
    }
}
