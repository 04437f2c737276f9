using CareerCms.Plugin.Careers;
using CareerCms.Tests.Common.Careers;

namespace CareerCms.Plugin.Tests.Careers;

public sealed class RoadmapPlannerTests
{
    private readonly SkillGapAnalyzer _analyzer = SkillGapServices.Analyzer();
    private readonly RoadmapPlanner _planner = SkillGapServices.Planner();

    [Fact]
    public void Plan_WhenSoftwareEngineerToMlops_PrerequisitesFirstAndPhasesOfAtMostThreeMonths()
    {
        var plan = _planner.Plan(IntoMlops(StarterCareers.SoftwareEngineer), StarterSkills.Catalog);

        // Docker comes first: it is cheap, but Kubernetes (the biggest gap) needs it.
        Assert.Equal(
            [
                "Phase 1: Docker",
                "Phase 2: Kubernetes",
                "Phase 3: Machine learning fundamentals",
                "Phase 4: MLflow, Model monitoring",
                "Phase 5: Kubeflow, CI/CD, Cloud platforms",
            ],
            plan.Phases.Select(phase => phase.Title));
        Assert.Equal([1, 4, 4, 3, 3], plan.Phases.Select(phase => phase.Months));
        Assert.Equal([1, 2, 3, 4, 5], plan.Phases.Select(phase => phase.Number));
        Assert.Null(plan.Cycle);
    }

    [Fact]
    public void Plan_WhenStudyingFifteenHoursAWeek_DockerAndKubernetesShareThePhase()
    {
        var planner = SkillGapServices.Planner(o => o.WeeklyHours = 15);

        var plan = planner.Plan(IntoMlops(StarterCareers.SoftwareEngineer), StarterSkills.Catalog);

        Assert.Equal("Phase 1: Docker, Kubernetes", plan.Phases[0].Title);
        Assert.Equal(3, plan.Phases[0].Months);
        Assert.Equal(165, plan.Phases[0].Hours);
    }

    [Fact]
    public void Plan_WhenFrontendDeveloperToMlops_EveryPrerequisiteGapComesFirst()
    {
        var gaps = IntoMlops(StarterCareers.FrontendDeveloper).Gaps;

        var ordered = _planner.Plan(gaps, StarterSkills.Catalog).OrderedSkills.Select(gap => gap.SkillAlias).ToList();

        Assert.Equal(
            [
                "python", "linux", "cloud-platforms", "docker", "kubernetes", "machine-learning-fundamentals",
                "mlflow", "model-monitoring", "ci-cd", "kubeflow", "system-design",
            ],
            ordered);
    }

    [Fact]
    public void Plan_WhenOneGapIsLongerThanAPhase_ItGetsAPhaseOfItsOwn()
    {
        var gaps = new[] { Gap("small", 5), Gap("huge", 4, hours: 1000), Gap("tail", 2) };

        var plan = _planner.Plan(gaps, SkillCatalog.Empty);

        Assert.Equal(
            ["Phase 1: small", "Phase 2: huge", "Phase 3: tail"],
            plan.Phases.Select(phase => phase.Title));
        Assert.Equal(24, plan.Phases[1].Months); // 1000 h / 43.3 h a month = 23.1 months
    }

    [Fact]
    public void Plan_WhenPhasesFillExactlyToTheMaximum_DoesNotOpenAnExtraPhase()
    {
        // 43.3 h is one month at 10 h/week; three of them fill a three-month phase exactly.
        var gaps = new[] { Gap("a", 5, hours: 43.3), Gap("b", 5, hours: 43.3), Gap("c", 5, hours: 43.3) };

        var plan = _planner.Plan(gaps, SkillCatalog.Empty);

        var phase = Assert.Single(plan.Phases);
        Assert.Equal(3, phase.Months);
    }

    [Fact]
    public void Plan_WhenNoGaps_HasNoPhases()
    {
        var plan = _planner.Plan([], StarterSkills.Catalog);

        Assert.Empty(plan.Phases);
        Assert.Equal(0, plan.TotalMonths);
    }

    [Fact]
    public void Plan_WhenPrerequisitesFormACycle_ReportsItAndPlansEverySkillOnce()
    {
        var catalog = new SkillCatalogBuilder()
            .WithSkill("a", 40, "c").WithSkill("b", 40, "a").WithSkill("c", 40, "b").WithSkill("d", 40, "a")
            .Build();
        var gaps = new[] { Gap("a", 2), Gap("b", 5), Gap("c", 3), Gap("d", 4) };

        var plan = _planner.Plan(gaps, catalog);

        Assert.Equal(["a", "c", "b"], plan.Cycle);
        Assert.Single(plan.Cycles);
        // b has the largest gap, so the cycle is broken at b; then c (needs b), a (needs c), d (needs a).
        Assert.Equal(["b", "c", "a", "d"], plan.OrderedSkills.Select(gap => gap.SkillAlias));
    }

    [Fact]
    public void Plan_WhenSkillRequiresItself_ReportsASelfCycle()
    {
        var catalog = new SkillCatalogBuilder().WithSkill("a", 40, "a").Build();

        var plan = _planner.Plan([Gap("a", 3)], catalog);

        Assert.Equal(["a"], plan.Cycle);
        Assert.Equal(["a"], plan.OrderedSkills.Select(gap => gap.SkillAlias));
    }

    [Fact]
    public void Plan_WhenPrerequisiteIsNotAGap_IgnoresIt()
    {
        var catalog = new SkillCatalogBuilder().WithSkill("a", 40, "known").WithSkill("b", 40).Build();

        var plan = _planner.Plan([Gap("b", 2), Gap("a", 3)], catalog);

        Assert.Equal(["a", "b"], plan.OrderedSkills.Select(gap => gap.SkillAlias));
    }

    [Fact]
    public void Plan_WhenGapsRepeatAnAlias_Throws() =>
        Assert.Throws<ArgumentException>(() => _planner.Plan([Gap("a", 2), Gap("a", 3)], StarterSkills.Catalog));

    private SkillGapAnalysis IntoMlops(CareerProfile background) =>
        _analyzer.Analyze(background, StarterCareers.MlopsEngineer, StarterSkills.Catalog);

    private static SkillGap Gap(string alias, int importance, double hours = 10) =>
        new(alias, alias, importance, CurrentLevel: 0, RequiredLevel: 4, hours);
}
