using CareerCms.Web.Tests.Infrastructure;

namespace CareerCms.Web.Tests.Careers;

/// <summary>
/// Path counts right after each tree operation: the node's counts equal a brute-force recount, and the Delivery
/// API index already filters on the new values when the operation returns.
/// </summary>
public abstract class PathCountTests(TestDatabaseKind kind) : IAsyncLifetime
{
    private CareerSite _site = null!;

    public async Task InitializeAsync() => _site = await CareerSite.StartAsync(kind: kind);

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task Start_CountsTheStarterPaths()
    {
        var counts = _site.CountsMatchingARecount();

        Assert.Equal(3, counts.ForCareer(StarterKeys.Mlops)!.Value.IncomingTotal);
        Assert.Equal(3, counts.ForCareer(StarterKeys.Mlops)!.Value.IncomingModerate);
        Assert.Equal(1, counts.ForCareer(StarterKeys.SoftwareEngineer)!.Value.Outgoing);
        Assert.Equal(new(4, 3), counts.ForIndustry("AI/Infrastructure"));
        Assert.Equal(["MLOps Engineer"], await _site.CareersIndexedWithPathCountAsync(3));
    }

    [Fact]
    public async Task Publish_NewPath_CountsForItsTargetAndBackground()
    {
        var path = await _site.CreatePathAsync(StarterKeys.DataEngineer, StarterKeys.SoftwareEngineer, "Easy", "Software Engineer to Data Engineer");
        Assert.Empty(await _site.CareersIndexedWithPathCountAsync(1));

        await _site.PublishAsync(path);

        var counts = _site.CountsMatchingARecount();
        Assert.Equal(1, counts.ForCareer(StarterKeys.DataEngineer)!.Value.IncomingEasy);
        Assert.Equal(2, counts.ForCareer(StarterKeys.SoftwareEngineer)!.Value.Outgoing);
        Assert.Equal(["Data Engineer"], await _site.CareersIndexedWithPathCountAsync(1));
        Assert.Equal(["Software Engineer to Data Engineer"], await _site.NamesAsync("filter=difficulty:Easy"));
    }

    [Fact]
    public async Task Unpublish_Path_StopsCounting()
    {
        await _site.UnpublishAsync(StarterKeys.FrontendDeveloperPath);

        var counts = _site.CountsMatchingARecount();
        Assert.Equal(2, counts.ForCareer(StarterKeys.Mlops)!.Value.IncomingTotal);
        Assert.Equal(0, counts.ForCareer(StarterKeys.FrontendDeveloper)!.Value.Outgoing);
        Assert.Equal(["MLOps Engineer"], await _site.CareersIndexedWithPathCountAsync(2));
        Assert.Equal(
            ["Backend Developer to MLOps Engineer", "Software Engineer to MLOps Engineer"],
            await _site.NamesAsync("fetch=transitionsTo:/mlops-engineer/&sort=name:asc"));
    }

    [Fact]
    public async Task Move_PathToAnotherCareer_MovesItsCount()
    {
        await _site.MoveAsync(StarterKeys.SoftwareEngineerPath, StarterKeys.DataEngineer);

        var counts = _site.CountsMatchingARecount();
        Assert.Equal(2, counts.ForCareer(StarterKeys.Mlops)!.Value.IncomingTotal);
        Assert.Equal(1, counts.ForCareer(StarterKeys.DataEngineer)!.Value.IncomingTotal);
        Assert.Equal(["MLOps Engineer"], await _site.CareersIndexedWithPathCountAsync(2));
        Assert.Equal(["Data Engineer"], await _site.CareersIndexedWithPathCountAsync(1));
        Assert.Equal(["Software Engineer to MLOps Engineer"], await _site.NamesAsync("fetch=transitionsTo:/data-engineer/"));
    }

    [Fact]
    public async Task TrashRestoreRepublishDelete_CountFollowsEachStep()
    {
        await _site.TrashAsync(StarterKeys.BackendDeveloperPath);
        Assert.Equal(2, _site.CountsMatchingARecount().ForCareer(StarterKeys.Mlops)!.Value.IncomingTotal);
        Assert.Equal(["MLOps Engineer"], await _site.CareersIndexedWithPathCountAsync(2));

        await _site.RestoreAsync(StarterKeys.BackendDeveloperPath);
        Assert.Equal(2, _site.CountsMatchingARecount().ForCareer(StarterKeys.Mlops)!.Value.IncomingTotal);

        await _site.PublishAsync(StarterKeys.BackendDeveloperPath);
        Assert.Equal(3, _site.CountsMatchingARecount().ForCareer(StarterKeys.Mlops)!.Value.IncomingTotal);
        Assert.Equal(["MLOps Engineer"], await _site.CareersIndexedWithPathCountAsync(3));

        await _site.TrashAsync(StarterKeys.BackendDeveloperPath);
        await _site.DeleteAsync(StarterKeys.BackendDeveloperPath);
        var counts = _site.CountsMatchingARecount();
        Assert.Equal(2, counts.ForCareer(StarterKeys.Mlops)!.Value.IncomingTotal);
        Assert.Equal(0, counts.ForCareer(StarterKeys.BackendDeveloper)!.Value.Outgoing);
        Assert.Equal(["MLOps Engineer"], await _site.CareersIndexedWithPathCountAsync(2));
    }

    [Fact]
    public async Task Delete_PublishedPathDirectly_StopsCounting()
    {
        await _site.DeleteAsync(StarterKeys.SoftwareEngineerPath);

        Assert.Equal(2, _site.CountsMatchingARecount().ForCareer(StarterKeys.Mlops)!.Value.IncomingTotal);
        Assert.Equal(["MLOps Engineer"], await _site.CareersIndexedWithPathCountAsync(2));
    }

    [Fact]
    public async Task Unpublish_FromCareer_ItsOutgoingEntryGoesAndThePathStillCountsForItsTarget()
    {
        await _site.UnpublishAsync(StarterKeys.SoftwareEngineer);

        var counts = _site.CountsMatchingARecount();
        Assert.Null(counts.ForCareer(StarterKeys.SoftwareEngineer));
        Assert.Equal(3, counts.ForCareer(StarterKeys.Mlops)!.Value.IncomingTotal);
        Assert.Equal(new(2, 0), counts.ForIndustry("Software Development"));
        Assert.Equal(["Software Engineer to MLOps Engineer"], await _site.NamesAsync($"fetch=transitionsFrom:{StarterKeys.SoftwareEngineer}"));

        await _site.PublishAsync(StarterKeys.SoftwareEngineer);
        Assert.Equal(1, _site.CountsMatchingARecount().ForCareer(StarterKeys.SoftwareEngineer)!.Value.Outgoing);
    }

    [Fact]
    public async Task Unpublish_TargetCareer_ItsPathsStopCountingEverywhere()
    {
        await _site.UnpublishAsync(StarterKeys.Mlops);

        var counts = _site.CountsMatchingARecount();
        Assert.Null(counts.ForCareer(StarterKeys.Mlops));
        Assert.Equal(0, counts.ForCareer(StarterKeys.SoftwareEngineer)!.Value.Outgoing);
        Assert.Empty(await _site.NamesAsync("filter=contentType:career&filter=pathCount>0"));

        await _site.PublishAsync(StarterKeys.Mlops);
        Assert.Equal(3, _site.CountsMatchingARecount().ForCareer(StarterKeys.Mlops)!.Value.IncomingTotal);
        Assert.Equal(["MLOps Engineer"], await _site.CareersIndexedWithPathCountAsync(3));
    }

    [Fact]
    public async Task TrashAndRestore_TheCareersRoot_CountsGoAndComeBack()
    {
        await _site.TrashAsync(StarterKeys.CareersRoot);
        Assert.Empty(_site.CountsMatchingARecount().Careers);

        await _site.RestoreAsync(StarterKeys.CareersRoot);
        await _site.PublishAsync(StarterKeys.CareersRoot, descendants: true);

        var counts = _site.CountsMatchingARecount();
        Assert.Equal(7, counts.Careers.Count);
        Assert.Equal(3, counts.ForCareer(StarterKeys.Mlops)!.Value.IncomingTotal);
        Assert.Equal(["MLOps Engineer"], await _site.CareersIndexedWithPathCountAsync(3));
    }

    [Fact]
    public async Task Dashboard_ShowsTheSameCounts()
    {
        await _site.UnpublishAsync(StarterKeys.FrontendDeveloperPath);

        var dashboard = await _site.DashboardAsync();

        Assert.Equal(7, dashboard["careerCount"]!.GetValue<int>());
        Assert.Equal(2, dashboard["pathCount"]!.GetValue<int>());
        var first = dashboard["careers"]![0]!;
        Assert.Equal(("MLOps Engineer", 2, 2), (first["name"]!.GetValue<string>(), first["transitionPathCount"]!.GetValue<int>(), first["moderate"]!.GetValue<int>()));
        var industries = dashboard["industries"]!.AsArray().Select(i => (i!["industry"]!.GetValue<string>(), i["careerCount"]!.GetValue<int>(), i["pathCount"]!.GetValue<int>()));
        Assert.Equal([("AI/Infrastructure", 4, 2), ("Software Development", 3, 0)], industries);
    }
}

public sealed class PathCountSqliteTests() : PathCountTests(TestDatabaseKind.Sqlite);

public sealed class PathCountPostgreSqlTests() : PathCountTests(TestDatabaseKind.PostgreSql);
