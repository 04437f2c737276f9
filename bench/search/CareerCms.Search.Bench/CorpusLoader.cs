using CareerCms.Web.Content.Documents;
using CareerCms.Web.Content.Published;
using CareerCms.Web.Content.Schema;
using CareerCms.Web.Corpus;
using CareerCms.Web.Persistence;
using CareerCms.Web.Persistence.Repositories;
using Umbraco.Cms.Core.Strings;

namespace CareerCms.Search.Bench;

/// <summary>
/// Writes corpus nodes straight into the database in one transaction (the content services would validate and
/// journal each one; a benchmark corpus only needs the rows), then reloads the published cache.
/// </summary>
internal static class CorpusLoader
{
    public static async Task<int> LoadAsync(BenchSite site, IEnumerable<CorpusNode> nodes)
    {
        var schema = site.Get<SchemaCatalog>();
        var documents = site.Get<DocumentRepository>();
        var segments = site.Get<IShortStringHelper>();
        var written = new Dictionary<Guid, Document>();
        var count = 0;
        await using (var scope = await site.Get<DatabaseScopeProvider>().CreateScopeAsync())
        {
            foreach (var node in nodes)
            {
                var type = schema.GetContentType(node.ContentTypeAlias) ?? throw new InvalidOperationException($"No document type '{node.ContentTypeAlias}'.");
                var parent = node.ParentKey is { } parentKey ? written[parentKey] : null;
                var segment = segments.CleanStringForUrlSegment(node.Name);
                var document = await documents.InsertNodeAsync(scope.Connection, new Document
                {
                    Key = node.Key,
                    ParentId = parent?.Id ?? Document.RootParentId,
                    Level = (parent?.Level ?? 0) + 1,
                    SortOrder = node.SortOrder,
                    ContentTypeId = type.Id,
                    ContentTypeAlias = node.ContentTypeAlias,
                    Name = node.Name,
                    UrlSegment = segment,
                    CreateDate = node.CreateDate,
                    UpdateDate = node.CreateDate,
                    CreatorId = -1,
                    WriterId = -1,
                    Values = node.Values,
                }, parent?.Path ?? "-1", scope.Transaction);
                var version = await documents.InsertVersionAsync(
                    scope.Connection, new DocumentVersion(0, document.Id, node.CreateDate, -1, node.Name, segment, node.Values), scope.Transaction);
                document = document with
                {
                    DraftVersionId = version,
                    Published = node.Published,
                    PublishedVersionId = node.Published ? version : null,
                    PublishDate = node.Published ? node.CreateDate : null,
                    PublisherId = node.Published ? -1 : null,
                };
                await documents.UpdateNodeAsync(scope.Connection, document, scope.Transaction);
                written[node.Key] = document;
                count++;
            }

            scope.Complete();
        }

        // Fold the bulk transaction's write-ahead log into the database now, or the first publish measured pays for it.
        await using (var connection = await site.Get<DatabaseScopeProvider>().OpenConnectionAsync())
        await using (var checkpoint = connection.CreateCommand())
        {
            checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
            await checkpoint.ExecuteNonQueryAsync();
        }

        await site.Get<PublishedContentCache>().RebuildAsync();
        return count;
    }
}
