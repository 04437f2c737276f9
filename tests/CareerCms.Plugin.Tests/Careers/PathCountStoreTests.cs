using CareerCms.Plugin.Careers;
using CareerCms.Tests.Common.Careers;

namespace CareerCms.Plugin.Tests.Careers;

public sealed class PathCountStoreTests
{
    private static readonly Guid Mlops = StarterCareers.MlopsEngineer.Key;
    private static readonly Guid SoftwareEngineer = StarterCareers.SoftwareEngineer.Key;

    private readonly PathCountStore _store = new();

    public PathCountStoreTests() => _store.Reset(StarterCareers.Published, StarterTransitionPaths.All);

    [Fact]
    public void Reset_WhenStarterContent_EqualsAFullRecount()
    {
        var recount = PathCountCalculator.Calculate(StarterCareers.Published, StarterTransitionPaths.All);

        Assert.Equal(recount, _store.Current);
    }

    [Fact]
    public void Reset_WhenStoreWasEmpty_ReportsEveryCareerAndIndustry()
    {
        var update = new PathCountStore().Reset(StarterCareers.Published, StarterTransitionPaths.All);

        Assert.Equal(7, update.ChangedCareerKeys.Count);
        Assert.Equal(2, update.ChangedIndustries.Count);
    }

    [Fact]
    public void UpsertPath_WhenDifficultyChanges_MovesTheCountAndReportsTheTarget()
    {
        var update = _store.UpsertPath(StarterTransitionPaths.SoftwareEngineerToMlops with { Difficulty = TransitionDifficulty.Easy });

        Assert.Equal(new CareerPathCounts(3, 1, 2, 0, 0), _store.Current.ForCareer(Mlops));
        Assert.Equal([Mlops], update.ChangedCareerKeys);
        Assert.Empty(update.ChangedIndustries);
    }

    [Fact]
    public void UpsertPath_WhenUnchanged_ReportsNoChanges()
    {
        var update = _store.UpsertPath(StarterTransitionPaths.SoftwareEngineerToMlops);

        Assert.False(update.HasChanges);
    }

    [Fact]
    public void RemovePath_WhenPublished_DecrementsTargetBackgroundAndIndustry()
    {
        var update = _store.RemovePath(StarterTransitionPaths.SoftwareEngineerToMlops.Key);

        Assert.Equal(new CareerPathCounts(2, 0, 2, 0, 0), _store.Current.ForCareer(Mlops));
        Assert.Equal(new CareerPathCounts(0, 0, 0, 0, 0), _store.Current.ForCareer(SoftwareEngineer));
        Assert.Equal(new IndustryPathCounts(4, 2), _store.Current.ForIndustry(StarterCareers.AiInfrastructure));
        Assert.Equal(new[] { Mlops, SoftwareEngineer }.Order(), update.ChangedCareerKeys);
        Assert.Equal([StarterCareers.AiInfrastructure], update.ChangedIndustries);
    }

    [Fact]
    public void RemovePath_WhenUnknown_ReportsNoChanges() =>
        Assert.False(_store.RemovePath(Guid.NewGuid()).HasChanges);

    [Fact]
    public void RemoveCareer_WhenTargetIsUnpublished_ItsPathsStopCountingForBackgroundsToo()
    {
        _store.RemoveCareer(Mlops);

        Assert.Null(_store.Current.ForCareer(Mlops));
        Assert.Equal(0, _store.Current.ForCareer(SoftwareEngineer)!.Value.Outgoing);
        Assert.Equal(new IndustryPathCounts(3, 0), _store.Current.ForIndustry(StarterCareers.AiInfrastructure));
    }

    [Fact]
    public void UpsertCareer_WhenTargetIsRepublished_CountsComeBack()
    {
        var before = _store.Current;
        _store.RemoveCareer(Mlops);

        _store.UpsertCareer(new PublishedCareer(Mlops, StarterCareers.AiInfrastructure));

        Assert.Equal(before, _store.Current);
    }

    [Fact]
    public void UpsertCareer_WhenIndustryChanges_MovesCareerAndItsPaths()
    {
        var update = _store.UpsertCareer(new PublishedCareer(Mlops, "Platform Engineering"));

        Assert.Equal(new IndustryPathCounts(3, 0), _store.Current.ForIndustry(StarterCareers.AiInfrastructure));
        Assert.Equal(new IndustryPathCounts(1, 3), _store.Current.ForIndustry("Platform Engineering"));
        Assert.Equal(["AI/Infrastructure", "Platform Engineering"], update.ChangedIndustries);
        Assert.Empty(update.ChangedCareerKeys);
    }

    [Fact]
    public void RemoveCareer_WhenLastOfItsIndustry_IndustryDisappears()
    {
        var store = new PathCountStore();
        store.UpsertCareer(new PublishedCareer(Mlops, "Solo"));

        store.RemoveCareer(Mlops);

        Assert.Empty(store.Current.Industries);
        Assert.Equal(PathCountSnapshot.Empty, store.Current);
    }

    [Fact]
    public void Current_WhenReadBeforeAChange_KeepsItsOldCounts()
    {
        var before = _store.Current;

        _store.RemovePath(StarterTransitionPaths.BackendDeveloperToMlops.Key);

        Assert.Equal(3, before.ForCareer(Mlops)!.Value.IncomingTotal);
        Assert.Equal(2, _store.Current.ForCareer(Mlops)!.Value.IncomingTotal);
    }

    [Fact]
    public async Task Changes_WhenMadeFromManyThreads_EndEqualToAFullRecount()
    {
        var store = new PathCountStore();
        store.Reset(StarterCareers.Published, []);
        var targets = StarterCareers.Published.Select(career => career.Key).ToArray();
        var writers = Enumerable.Range(0, 8).Select(writer => Task.Run(() =>
        {
            var kept = new List<PublishedTransitionPath>();
            for (var i = 0; i < 200; i++)
            {
                var path = new PublishedTransitionPath(
                    Guid.NewGuid(), targets[(writer + i) % targets.Length], targets[i % targets.Length], (TransitionDifficulty)(i % 3));
                store.UpsertPath(path);
                if (i % 3 == 0)
                {
                    store.RemovePath(path.Key);
                }
                else
                {
                    kept.Add(path);
                }
            }

            return kept;
        })).ToArray();
        var reader = Task.Run(() =>
        {
            while (!writers.All(writer => writer.IsCompleted))
            {
                // Every snapshot a reader sees is whole: industries add up to the careers' incoming paths.
                var snapshot = store.Current;
                Assert.Equal(
                    snapshot.Careers.Values.Sum(counts => counts.IncomingTotal),
                    snapshot.Industries.Values.Sum(counts => counts.PathCount));
            }
        });

        var kept = (await Task.WhenAll(writers)).SelectMany(paths => paths).ToList();
        await reader;

        Assert.Equal(PathCountCalculator.Calculate(StarterCareers.Published, kept), store.Current);
        Assert.Equal(8 * 133, store.Current.Careers.Values.Sum(counts => counts.IncomingTotal));
    }
}
