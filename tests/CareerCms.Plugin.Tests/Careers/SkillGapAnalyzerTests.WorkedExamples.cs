using CareerCms.Plugin.Careers;
using CareerCms.Tests.Common.Careers;

namespace CareerCms.Plugin.Tests.Careers;

/// <summary>The worked examples of docs/starter-data.md: every path into MLOps Engineer.</summary>
public sealed partial class SkillGapAnalyzerTests
{
    private readonly SkillGapAnalyzer _analyzer = SkillGapServices.Analyzer();

    [Fact]
    public void Analyze_WhenSoftwareEngineerToMlops_ReadinessIs52Point9AndModerate()
    {
        var analysis = AnalyzeIntoMlops(StarterCareers.SoftwareEngineer);

        Assert.Equal(100 * 4.5 / 8.5, analysis.Readiness, precision: 12);
        Assert.Equal(52.9, analysis.ReadinessRounded);
        Assert.Equal(0, analysis.JobZoneRise);
        Assert.Equal(TransitionDifficulty.Moderate, analysis.SuggestedDifficulty);
    }

    [Fact]
    public void Analyze_WhenSoftwareEngineerToMlops_GapsRankedByWeightedGapThenAlias()
    {
        var analysis = AnalyzeIntoMlops(StarterCareers.SoftwareEngineer);

        Assert.Equal(
            [
                ("kubernetes", 5, 3.75),
                ("machine-learning-fundamentals", 4, 3.0),
                ("mlflow", 4, 3.0),
                ("model-monitoring", 4, 3.0),
                ("kubeflow", 4, 2.0),
                ("ci-cd", 1, 1.0),
                ("cloud-platforms", 1, 0.75),
                ("docker", 1, 0.75),
            ],
            analysis.Gaps.Select(gap => (gap.SkillAlias, gap.LevelsToGain, gap.WeightedGap)));
    }

    [Fact]
    public void Analyze_WhenSoftwareEngineerToMlops_TransferableSkillsAreThoseMetAlready()
    {
        var analysis = AnalyzeIntoMlops(StarterCareers.SoftwareEngineer);

        Assert.Equal(
            ["python", "git-and-version-control", "linux", "system-design"],
            analysis.TransferableSkills.Select(skill => skill.SkillAlias));
        Assert.Equal("Python", analysis.TransferableSkills[0].SkillName);
    }

    [Fact]
    public void Analyze_WhenSoftwareEngineerToMlops_Effort545HoursIs10To15Months()
    {
        var effort = AnalyzeIntoMlops(StarterCareers.SoftwareEngineer).Effort;

        // 150 + 160 + 40 + 60 + 80 + 15 + 25 + 15 hours at 10 h/week * 4.33 weeks = 12.59 months.
        Assert.Equal(545, effort.Hours, precision: 9);
        Assert.Equal(545 / 43.3, effort.Months, precision: 9);
        Assert.Equal((10, 15), (effort.MinMonths, effort.MaxMonths));
    }

    [Fact]
    public void Analyze_WhenSoftwareEngineerToMlops_SalaryChangeIsMinus19ToPlus100()
    {
        var analysis = AnalyzeIntoMlops(StarterCareers.SoftwareEngineer);

        // 130000 / 160000 - 1 = -18.75 %, 220000 / 110000 - 1 = +100 %.
        Assert.Equal(new SalaryChange(-19, 100), analysis.SuggestedSalaryChange);
    }

    [Fact]
    public void Analyze_WhenFrontendDeveloperToMlops_ReadinessIs17Point1AndHard()
    {
        var analysis = AnalyzeIntoMlops(StarterCareers.FrontendDeveloper);

        // Covered: Python 1 * 1/5, Docker 0.75 * 1/5, CI/CD 1 * 3/5, Git 0.5 = 1.45 of 8.5.
        Assert.Equal(100 * 1.45 / 8.5, analysis.Readiness, precision: 12);
        Assert.Equal(17.1, analysis.ReadinessRounded);
        Assert.Equal(1, analysis.JobZoneRise);
        Assert.Equal(TransitionDifficulty.Hard, analysis.SuggestedDifficulty);
        Assert.Equal(["git-and-version-control"], analysis.TransferableSkills.Select(skill => skill.SkillAlias));
    }

    [Fact]
    public void Analyze_WhenFrontendDeveloperToMlops_ElevenGapsTake19To28Months()
    {
        var analysis = AnalyzeIntoMlops(StarterCareers.FrontendDeveloper);

        Assert.Equal(
            [
                "python", "cloud-platforms", "kubernetes", "docker", "machine-learning-fundamentals", "mlflow",
                "model-monitoring", "ci-cd", "kubeflow", "linux", "system-design",
            ],
            analysis.Gaps.Select(gap => gap.SkillAlias));
        Assert.Equal(1005, analysis.Effort.Hours, precision: 9);
        Assert.Equal((19, 28), (analysis.Effort.MinMonths, analysis.Effort.MaxMonths));
    }

    [Fact]
    public void Analyze_WhenFrontendDeveloperToMlops_SalaryChangeIsMinus7ToPlus144()
    {
        var analysis = AnalyzeIntoMlops(StarterCareers.FrontendDeveloper);

        // 130000 / 140000 - 1 = -7.14 %, 220000 / 90000 - 1 = +144.4 %.
        Assert.Equal(new SalaryChange(-7, 144), analysis.SuggestedSalaryChange);
    }

    [Fact]
    public void Analyze_WhenBackendDeveloperToMlops_ReadinessIs55Point3AndModerate()
    {
        var analysis = AnalyzeIntoMlops(StarterCareers.BackendDeveloper);

        // Covered: Python 1, Docker 0.6, CI/CD 1, Cloud 0.6, System design, Linux, Git 0.5 each = 4.7 of 8.5.
        Assert.Equal(100 * 4.7 / 8.5, analysis.Readiness, precision: 12);
        Assert.Equal(55.3, analysis.ReadinessRounded);
        Assert.Equal(TransitionDifficulty.Moderate, analysis.SuggestedDifficulty);
    }

    [Fact]
    public void Analyze_WhenBackendDeveloperToMlops_SevenGapsTake10To15Months()
    {
        var analysis = AnalyzeIntoMlops(StarterCareers.BackendDeveloper);

        Assert.Equal(
            [
                "kubernetes", "machine-learning-fundamentals", "mlflow", "model-monitoring", "kubeflow",
                "cloud-platforms", "docker",
            ],
            analysis.Gaps.Select(gap => gap.SkillAlias));
        Assert.Equal(530, analysis.Effort.Hours, precision: 9);
        Assert.Equal((10, 15), (analysis.Effort.MinMonths, analysis.Effort.MaxMonths));
    }

    [Fact]
    public void Analyze_WhenBackendDeveloperToMlops_SalaryChangeIsMinus24ToPlus100()
    {
        var analysis = AnalyzeIntoMlops(StarterCareers.BackendDeveloper);

        // 130000 / 170000 - 1 = -23.5 %, 220000 / 110000 - 1 = +100 %.
        Assert.Equal(new SalaryChange(-24, 100), analysis.SuggestedSalaryChange);
    }

    private SkillGapAnalysis AnalyzeIntoMlops(CareerProfile background) =>
        _analyzer.Analyze(background, StarterCareers.MlopsEngineer, StarterSkills.Catalog);
}
