using CareerCms.Search.Health;
using CareerCms.Search.Registration;
using CareerCms.Web.Search.Careers;
using CareerCms.Web.Search.Indexing;
using CareerCms.Web.Tests.Infrastructure;
using CareerCms.Web.Tests.Sync;

namespace CareerCms.Web.Tests.Search;

/// <summary>Restarts over the same database and data folder: replay after a crash window, and rebuild of broken indexes.</summary>
public sealed class ContentIndexRecoveryTests
{
    [Theory]
    [InlineData(TestDatabaseKind.Sqlite)]
    [InlineData(TestDatabaseKind.PostgreSql)]
    public async Task Start_AfterChangesCommittedButNeverIndexed_ReplaysThemFromTheCheckpoint(TestDatabaseKind kind)
    {
        var data = Directory.CreateTempSubdirectory("careercms-search-crash-").FullName;
        await using var database = await TestDatabase.CreateAsync(kind, data);
        try
        {
            await using (var first = await CareerCmsSite.StartAsync(kind, uSyncFolder: StarterFolder.Path, dataDirectory: data, database: database))
            {
                await CareerSearchFixture.WaitForIndexingAsync(first);
            }

            // The crash window: the database commits (and journals) the change, the index never applies it. Turning
            // indexing off on this node reproduces it exactly: changes are journaled but not indexed.
            await using (var crashed = await CareerCmsSite.StartAsync(
                kind, uSyncFolder: StarterFolder.Path, dataDirectory: data, database: database,
                settings: new Dictionary<string, string?> { ["CareerCms:Search:Indexing:Enabled"] = "false" }))
            {
                await CareerContent.CareerAsync(crashed, "Falconer", "Trains birds of prey.");
                await Task.Delay(500);
                Assert.Empty((await Search(crashed, "falconer")).Hits);
            }

            await using var restarted = await CareerCmsSite.StartAsync(kind, uSyncFolder: StarterFolder.Path, dataDirectory: data, database: database);
            await CareerSearchFixture.WaitForIndexingAsync(restarted);

            Assert.Contains((await Search(restarted, "falconer")).Hits, h => h.Name == "Falconer");
            Assert.All(restarted.Get<ContentIndexSync>().States, state => Assert.Equal(0, state.Populations)); // replayed, not rebuilt
            Assert.All(restarted.Get<ContentIndexSync>().States, state => Assert.Equal(state.Cursor, state.WrittenCheckpoint));
        }
        finally
        {
            TryDelete(data);
        }
    }

    [Fact]
    public async Task Start_WithACorruptIndexFile_DetectsItAndRebuilds()
    {
        var data = Directory.CreateTempSubdirectory("careercms-search-corrupt-").FullName;
        await using var database = await TestDatabase.CreateAsync(TestDatabaseKind.Sqlite, data);
        try
        {
            long before;
            await using (var first = await CareerCmsSite.StartAsync(uSyncFolder: StarterFolder.Path, dataDirectory: data, database: database))
            {
                await CareerSearchFixture.WaitForIndexingAsync(first);
                before = (await Search(first, string.Empty)).Total;
            }

            var folder = Path.Combine(data, "TEMP", "ExamineIndexes", ContentIndexNames.External);
            var victim = Directory.GetFiles(folder).Where(f => !f.EndsWith("write.lock", StringComparison.Ordinal) && !Path.GetFileName(f).StartsWith("segments", StringComparison.Ordinal))
                .OrderByDescending(f => new FileInfo(f).Length).First();
            var bytes = File.ReadAllBytes(victim);
            for (var i = bytes.Length / 4; i < bytes.Length - 16; i += 7)
            {
                bytes[i] ^= 0x5A;
            }

            File.WriteAllBytes(victim, bytes);

            await using var restarted = await CareerCmsSite.StartAsync(uSyncFolder: StarterFolder.Path, dataDirectory: data, database: database);
            await CareerSearchFixture.WaitForIndexingAsync(restarted);

            var state = restarted.Get<ContentIndexSync>().GetState(ContentIndexNames.External)!;
            Assert.True(state.Populations >= 1, state.ToString());
            Assert.Equal(IndexHealthStatus.Healthy, state.Index.GetHealth().Status);
            Assert.Equal(IndexHealthStatus.Healthy, (await state.Index.CheckIntegrityAsync()).Status);
            Assert.Equal(before, (await Search(restarted, string.Empty)).Total);
        }
        finally
        {
            TryDelete(data);
        }
    }

    [Fact]
    public async Task Start_WithTheIndexFolderDeleted_RebuildsIt()
    {
        var data = Directory.CreateTempSubdirectory("careercms-search-missing-").FullName;
        await using var database = await TestDatabase.CreateAsync(TestDatabaseKind.Sqlite, data);
        try
        {
            await using (var first = await CareerCmsSite.StartAsync(uSyncFolder: StarterFolder.Path, dataDirectory: data, database: database))
            {
                await CareerSearchFixture.WaitForIndexingAsync(first);
            }

            Directory.Delete(Path.Combine(data, "TEMP", "ExamineIndexes", ContentIndexNames.Internal), recursive: true);

            await using var restarted = await CareerCmsSite.StartAsync(uSyncFolder: StarterFolder.Path, dataDirectory: data, database: database);
            await CareerSearchFixture.WaitForIndexingAsync(restarted);

            restarted.Get<IndexRegistry>().TryGetIndex(ContentIndexNames.Internal, out var index);
            Assert.True(index!.GetDocumentCount() > 0);
            Assert.Equal(1, restarted.Get<ContentIndexSync>().GetState(ContentIndexNames.Internal)!.Populations);
            Assert.Equal(0, restarted.Get<ContentIndexSync>().GetState(ContentIndexNames.External)!.Populations);
        }
        finally
        {
            TryDelete(data);
        }
    }

    [Fact]
    public async Task Start_WithACheckpointFromAnEarlierDocumentFormat_RebuildsThatIndex()
    {
        var data = Directory.CreateTempSubdirectory("careercms-search-format-").FullName;
        await using var database = await TestDatabase.CreateAsync(TestDatabaseKind.Sqlite, data);
        try
        {
            long before;
            await using (var first = await CareerCmsSite.StartAsync(uSyncFolder: StarterFolder.Path, dataDirectory: data, database: database))
            {
                await CareerSearchFixture.WaitForIndexingAsync(first);
                before = (await Search(first, string.Empty)).Total;
                var checkpoints = first.Get<ContentIndexCheckpoints>();
                var current = checkpoints.Read(ContentIndexNames.External)!;
                Assert.Equal(ContentIndexCheckpoint.CurrentFormat, current.Format);

                // What an earlier version wrote: no format recorded (its documents had numeric DocValues).
                File.WriteAllText(checkpoints.FileOf(ContentIndexNames.External), $$"""{"instructionId":{{current.InstructionId}},"writtenUtc":"{{current.WrittenUtc:O}}"}""");
            }

            await using var restarted = await CareerCmsSite.StartAsync(uSyncFolder: StarterFolder.Path, dataDirectory: data, database: database);
            await CareerSearchFixture.WaitForIndexingAsync(restarted);

            var sync = restarted.Get<ContentIndexSync>();
            Assert.Equal(1, sync.GetState(ContentIndexNames.External)!.Populations);
            Assert.Equal(0, sync.GetState(ContentIndexNames.Internal)!.Populations);
            Assert.Equal(ContentIndexCheckpoint.CurrentFormat, restarted.Get<ContentIndexCheckpoints>().Read(ContentIndexNames.External)!.Format);
            Assert.Equal(before, (await Search(restarted, string.Empty)).Total);
        }
        finally
        {
            TryDelete(data);
        }
    }

    private static async Task<CareerSearchResponse> Search(CareerCmsSite site, string text) =>
        (await site.Get<CareerSearchService>().SearchAsync(new CareerSearchRequest { Query = text, PageSize = 100 })).Response!;

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // Cleaned by the OS later.
        }
    }
}
