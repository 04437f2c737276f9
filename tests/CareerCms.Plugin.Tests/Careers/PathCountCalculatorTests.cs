using CareerCms.Plugin.Careers;
using CareerCms.Tests.Common.Careers;

namespace CareerCms.Plugin.Tests.Careers;

public sealed class PathCountCalculatorTests
{
    private static readonly Guid Target = Guid.Parse("00000000-0000-0000-0000-0000000000a1");
    private static readonly Guid Background = Guid.Parse("00000000-0000-0000-0000-0000000000b1");

    [Fact]
    public void Calculate_WhenStarterContent_MlopsHasThreeModerateIncomingPaths()
    {
        var snapshot = PathCountCalculator.Calculate(StarterCareers.Published, StarterTransitionPaths.All);

        Assert.Equal(new CareerPathCounts(3, 0, 3, 0, 0), snapshot.ForCareer(StarterCareers.MlopsEngineer.Key));
        Assert.Equal(new CareerPathCounts(0, 0, 0, 0, 1), snapshot.ForCareer(StarterCareers.SoftwareEngineer.Key));
        Assert.Equal(new CareerPathCounts(0, 0, 0, 0, 0), snapshot.ForCareer(StarterCareers.DataEngineer.Key));
    }

    [Fact]
    public void Calculate_WhenStarterContent_CountsCareersAndPathsPerIndustry()
    {
        var snapshot = PathCountCalculator.Calculate(StarterCareers.Published, StarterTransitionPaths.All);

        Assert.Equal(new IndustryPathCounts(4, 3), snapshot.ForIndustry(StarterCareers.AiInfrastructure));
        Assert.Equal(new IndustryPathCounts(3, 0), snapshot.ForIndustry(StarterCareers.SoftwareDevelopment));
        Assert.Equal(2, snapshot.Industries.Count);
    }

    [Fact]
    public void Calculate_WhenTargetIsNotPublished_PathCountsNowhere()
    {
        var snapshot = PathCountCalculator.Calculate(
            [new PublishedCareer(Background, "X")],
            [new PublishedTransitionPath(Guid.NewGuid(), Target, Background, TransitionDifficulty.Easy)]);

        Assert.Null(snapshot.ForCareer(Target));
        Assert.Equal(new CareerPathCounts(0, 0, 0, 0, 0), snapshot.ForCareer(Background));
        Assert.Equal(new IndustryPathCounts(1, 0), snapshot.ForIndustry("X"));
    }

    [Fact]
    public void Calculate_WhenBackgroundIsNotPublished_PathStillCountsAsIncoming()
    {
        var snapshot = PathCountCalculator.Calculate(
            [new PublishedCareer(Target, "X")],
            [new PublishedTransitionPath(Guid.NewGuid(), Target, Background, TransitionDifficulty.Hard)]);

        Assert.Equal(new CareerPathCounts(1, 0, 0, 1, 0), snapshot.ForCareer(Target));
        Assert.Null(snapshot.ForCareer(Background));
    }

    [Fact]
    public void Calculate_WhenDifficultyIsNotSet_CountsInTheTotalOnly()
    {
        var snapshot = PathCountCalculator.Calculate(
            [new PublishedCareer(Target, null)],
            [new PublishedTransitionPath(Guid.NewGuid(), Target, null, null)]);

        Assert.Equal(new CareerPathCounts(1, 0, 0, 0, 0), snapshot.ForCareer(Target));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void Calculate_WhenCareerHasNoIndustry_NoIndustryIsCounted(string? industry)
    {
        var snapshot = PathCountCalculator.Calculate([new PublishedCareer(Target, industry)], []);

        Assert.Empty(snapshot.Industries);
        Assert.NotNull(snapshot.ForCareer(Target));
    }

    [Fact]
    public void Calculate_WhenKeyIsGivenTwice_LastValueWins()
    {
        var pathKey = Guid.NewGuid();

        var snapshot = PathCountCalculator.Calculate(
            [new PublishedCareer(Target, "X"), new PublishedCareer(Target, "Y")],
            [
                new PublishedTransitionPath(pathKey, Target, null, TransitionDifficulty.Easy),
                new PublishedTransitionPath(pathKey, Target, null, TransitionDifficulty.Hard),
            ]);

        Assert.Equal(new CareerPathCounts(1, 0, 0, 1, 0), snapshot.ForCareer(Target));
        Assert.Equal(["Y"], snapshot.Industries.Keys);
    }

    [Fact]
    public void Snapshot_Equals_WhenSameCountsBuiltDifferently_IsTrue()
    {
        var forwards = PathCountCalculator.Calculate(StarterCareers.Published, StarterTransitionPaths.All);
        var backwards = PathCountCalculator.Calculate(
            StarterCareers.Published.Reverse(),
            StarterTransitionPaths.All.Reverse());

        Assert.Equal(forwards, backwards);
        Assert.NotEqual(PathCountSnapshot.Empty, forwards);
    }
}
