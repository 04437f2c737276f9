using CareerCms.Plugin.Api.Analysis;
using CareerCms.Plugin.Careers;
using CareerCms.Plugin.DeliveryApi.Output;
using CareerCms.Plugin.Notifications;
using CareerCms.Plugin.Tests.Careers;
using CareerCms.Plugin.Tests.Support;
using CareerCms.Tests.Common.Careers;
using Microsoft.Extensions.Logging.Abstractions;

namespace CareerCms.Plugin.Tests.DeliveryApi;

public sealed class CareerOutputValuesTests
{
    private readonly FakeCareerContentReader _content = StarterContent.Reader();

    [Fact]
    public void PathCounts_OfTheTarget_CountPathsPerDifficulty()
    {
        var counts = Assert.IsType<CareerPathCountsOutput>(Values().For(CareerOutputEditors.PathCounts, StarterCareers.MlopsEngineer.Key));

        Assert.Equal(new CareerPathCountsOutput(3, new DifficultyCountsOutput(0, 3, 0), 0), counts);
    }

    [Fact]
    public void PathCounts_OfAnUnpublishedCareer_AreZero() =>
        Assert.Equal(new CareerPathCountsOutput(0, new DifficultyCountsOutput(0, 0, 0), 0), Values().PathCounts(Guid.NewGuid()));

    [Fact]
    public void Engagement_IsBaselinePlusCountedStarts()
    {
        var path = StarterTransitionPaths.SoftwareEngineerToMlops.Key;

        Assert.Equal(217L + 4, Values(new Dictionary<Guid, long> { [path] = 4 }).For(CareerOutputEditors.Engagement, path));
        Assert.Null(Values().Engagement(StarterCareers.MlopsEngineer.Key));
    }

    [Fact]
    public void SkillGap_OfTheSeedPath_IsTheWorkedExample()
    {
        var analysis = Assert.IsType<TransitionPathAnalysisModel>(
            Values().For(CareerOutputEditors.SkillGap, StarterTransitionPaths.SoftwareEngineerToMlops.Key));

        Assert.Equal(52.9, analysis.Readiness);
        Assert.Equal(("Moderate", "Moderate", false), (analysis.Difficulty.Editor, analysis.Difficulty.Suggested, analysis.Difficulty.Differs));
        Assert.True(analysis.DurationMonths.Differs);
    }

    [Fact]
    public void For_UnknownEditor_IsNull() => Assert.Null(Values().For("Umbraco.TextBox", StarterCareers.MlopsEngineer.Key));

    private CareerOutputValues Values(IReadOnlyDictionary<Guid, long>? starts = null) =>
        new(
            new PathCountSynchronizer(new PathCountStore(), _content, NullLogger<PathCountSynchronizer>.Instance),
            new FixedStartStore(starts),
            _content,
            new TransitionPathAnalysisService(_content, SkillGapServices.Analyzer(), SkillGapServices.Planner()));
}
