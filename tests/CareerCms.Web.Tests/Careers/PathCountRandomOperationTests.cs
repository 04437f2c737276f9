using CareerCms.Plugin.Careers;
using CareerCms.Web.Content.Journal;
using CareerCms.Web.Content.Services;
using CareerCms.Web.Tests.Infrastructure;

namespace CareerCms.Web.Tests.Careers;

/// <summary>
/// Random sequences of branch operations (publish with or without descendants, unpublish, move, trash, restore,
/// delete) on the starter content plus a second careers root and two more paths, through the real site: after every
/// operation the node's counts equal a brute-force recount, the index filters on them, and a second node on the same
/// database, catching up from the cache-instruction journal now and then (replaying several instructions against a
/// database already past them), has counts equal to its own recount too.
/// </summary>
public abstract class PathCountRandomOperationTests(TestDatabaseKind kind)
{
    private const int Steps = 30;

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public async Task RandomBranchOperations_CountsEqualARecountOnEveryNode(int seed)
    {
        await using var site = await CareerSite.StartAsync(kind: kind);
        var secondRoot = await CreateRootAsync(site, "More Careers");
        List<Guid> careers =
        [
            StarterKeys.Mlops, StarterKeys.SoftwareEngineer, StarterKeys.FrontendDeveloper, StarterKeys.BackendDeveloper,
            StarterKeys.MachineLearningEngineer, StarterKeys.AiInfrastructureEngineer, StarterKeys.DataEngineer,
        ];
        List<Guid> paths =
        [
            StarterKeys.SoftwareEngineerPath, StarterKeys.FrontendDeveloperPath, StarterKeys.BackendDeveloperPath,
            await site.CreatePathAsync(StarterKeys.DataEngineer, StarterKeys.SoftwareEngineer, "Easy", "Software Engineer to Data Engineer"),
            await site.CreatePathAsync(StarterKeys.BackendDeveloper, StarterKeys.FrontendDeveloper, "Hard", "Frontend Developer to Backend Developer"),
        ];
        Guid[] roots = [StarterKeys.CareersRoot, secondRoot];
        await site.PublishAsync(secondRoot);
        await site.PublishAsync(StarterKeys.CareersRoot, descendants: true);

        var secondNodeData = Directory.CreateTempSubdirectory("careercms-node-b-").FullName;
        await using var secondNode = await CareerCmsSite.StartAsync(
            kind,
            settings: new Dictionary<string, string?>(StarterSiteFixture.Settings)
            {
                ["Umbraco:CMS:Global:DatabaseServerMessenger:NodeId"] = "node-b",
                ["Umbraco:CMS:Global:DatabaseServerMessenger:TimeBetweenSyncOperations"] = "01:00:00", // only when the test says
            },
            dataDirectory: secondNodeData,
            database: site.Site.Database);

        var random = new Random(seed);
        var log = new List<string>();
        for (var step = 0; step < Steps; step++)
        {
            Guid[] all = [.. roots, .. careers, .. paths];
            var node = all[random.Next(all.Length)];
            var (operation, result) = random.Next(8) switch
            {
                0 or 1 => ("publish with descendants", await site.TryPublishAsync(node, descendants: true)),
                2 => ("publish", await site.TryPublishAsync(node)),
                3 => ("unpublish", await site.Site.Get<ContentPublishingService>().UnpublishAsync(node, -1)),
                4 => ("move", await MoveAsync(site, node, careers.Contains(node) ? roots[random.Next(2)] : careers[random.Next(careers.Count)])),
                5 => ("trash", await site.Site.Get<ContentRecycleBinService>().TrashAsync(node, -1)),
                6 => ("restore", await site.Site.Get<ContentRecycleBinService>().RestoreAsync(node, null, -1)),
                _ => ("delete", await DeleteRarelyAsync(site, node, random, careers, paths)),
            };
            log.Add($"{step}: {operation} {node} -> {result.Status}");

            var counts = Checked(() => site.CountsMatchingARecount(), log);
            var indexed = await site.NamesAsync("filter=contentType:career&filter=pathCount>0&sort=name:asc");
            var expected = counts.Careers.Where(c => c.Value.IncomingTotal > 0).Select(c => NameOf(site, c.Key)).Order(StringComparer.OrdinalIgnoreCase);
            Assert.True(expected.SequenceEqual(indexed), string.Join("\n", log));

            // The second node catches up now and then, so it also replays instructions older than the database.
            if (random.Next(3) == 0 || step == Steps - 1)
            {
                await secondNode.Get<CacheInstructionProcessor>().ProcessPendingAsync(CancellationToken.None);
                Checked(() => CareerSite.CountsMatchingARecount(secondNode), log);
            }
        }
    }

    private static PathCountSnapshot Checked(Func<PathCountSnapshot> check, List<string> log)
    {
        try
        {
            return check();
        }
        catch (Exception ex)
        {
            throw new InvalidOperationException("After:\n" + string.Join("\n", log), ex);
        }
    }

    private static string NameOf(CareerSite site, Guid career) =>
        site.Site.Get<CareerCms.Plugin.Ports.ICareerContentReader>().GetCareer(career)!.Name;

    private static async Task<Guid> CreateRootAsync(CareerSite site, string name)
    {
        var result = await site.Site.Get<ContentEditingService>().SaveAsync(
            new DocumentSaveRequest { ParentKey = null, ContentTypeAlias = "careersRoot", Name = name, Values = new Dictionary<string, string?>() }, -1);
        Assert.True(result.Succeeded, result.Status.ToString());
        return result.Document!.Key;
    }

    private static Task<ContentOperationResult> MoveAsync(CareerSite site, Guid node, Guid parent) =>
        site.Site.Get<ContentStructureService>().MoveAsync(node, parent, -1);

    /// <summary>Deletes one time in three (the content would run out otherwise); publishes a root's branch the other times.</summary>
    private static async Task<ContentOperationResult> DeleteRarelyAsync(CareerSite site, Guid node, Random random, List<Guid> careers, List<Guid> paths)
    {
        if (random.Next(3) != 0 || !careers.Contains(node) && !paths.Contains(node))
        {
            return await site.TryPublishAsync(StarterKeys.CareersRoot, descendants: true);
        }

        var result = await site.Site.Get<ContentRecycleBinService>().DeleteAsync(node, -1);
        if (result.Succeeded)
        {
            careers.Remove(node);
            paths.Remove(node);
        }

        return result;
    }
}

public sealed class PathCountRandomOperationSqliteTests() : PathCountRandomOperationTests(TestDatabaseKind.Sqlite);

public sealed class PathCountRandomOperationPostgreSqlTests() : PathCountRandomOperationTests(TestDatabaseKind.PostgreSql);
