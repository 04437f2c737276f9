using System.Net;
using CareerCms.Web.Content.Services;
using CareerCms.Web.Tests.Infrastructure;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace CareerCms.Web.Tests.DeliveryApi.Endpoints;

/// <summary>
/// Index writes that never became durable (a process killed between the database commit and the index commit)
/// are repaired at the next start by replaying the journal's last moments.
/// </summary>
public sealed class IndexCrashRepairTests
{
    [Fact]
    public async Task Restart_AfterIndexLostTheLastWrites_ReplaysThemFromTheJournal()
    {
        var dataDirectory = System.IO.Directory.CreateTempSubdirectory("careercms-indexrepair-").FullName;
        try
        {
            Guid copyKey;
            TestDatabase database;
            await using (var site = await CareerCmsSite.StartAsync(uSyncFolder: StarterSiteFixture.StarterFolder, dataDirectory: dataDirectory))
            {
                database = site.Database;
                var mlops = Guid.Parse("c9ea2334-f279-43cf-9fea-489f6acde1a0");
                var path = (await site.Get<ContentQueryService>().GetChildrenAsync(mlops)).First();
                var copy = await site.Get<ContentStructureService>().CopyAsync(path.Key, mlops, false, -1);
                Assert.True((await site.Get<ContentPublishingService>().PublishAsync(copy.Document!.Key, -1)).Succeeded);
                copyKey = copy.Document.Key;
            }

            // Simulate the crash: the item's index document is gone although the database and journal have it.
            var indexPath = Path.Combine(dataDirectory, "TEMP", "ExamineIndexes", "DeliveryApiContentIndex");
            using (var directory = FSDirectory.Open(indexPath))
            using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, new KeywordAnalyzer())))
            {
                writer.DeleteDocuments(new Term("itemId", copyKey.ToString("D")));
                writer.Commit();
            }

            await using var restarted = await CareerCmsSite.StartAsync(dataDirectory: dataDirectory, database: database);
            var response = await restarted.CreateClient().GetAsync($"/umbraco/delivery/api/v2/content?fetch=children:mlops-engineer&take=0");
            var page = System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(4, page["total"]!.GetValue<long>());
        }
        finally
        {
            System.IO.Directory.Delete(dataDirectory, recursive: true);
        }
    }
}
