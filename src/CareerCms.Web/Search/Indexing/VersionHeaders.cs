using System.Data.Common;
using CareerCms.Web.Content.Documents;
using CareerCms.Web.Persistence;
using CareerCms.Web.Persistence.Repositories;
using Dapper;

namespace CareerCms.Web.Search.Indexing;

/// <summary>
/// Reads the published versions of documents whose published version is also their draft (nothing edited since
/// publishing: most documents) without their property data: the document already carries those values, parsed when
/// it was loaded, so only the version's name, URL segment and date are read. Parsing every published version's JSON
/// a second time was a third of an ExternalIndex rebuild's loading.
/// </summary>
public sealed class VersionHeaders(SqlDialect dialect)
{
    /// <summary>The published versions of <paramref name="documents"/> (each must have <c>PublishedVersionId == DraftVersionId</c>), by node id.</summary>
    public async Task<IReadOnlyList<DocumentVersion>> LoadAsync(DbConnection connection, IReadOnlyCollection<Document> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var result = new List<DocumentVersion>(documents.Count);
        var byVersion = documents.ToDictionary(d => d.PublishedVersionId!.Value);
        foreach (var chunk in byVersion.Keys.Chunk(500))
        {
            var rows = await connection.QueryAsync<VersionRow>(
                "SELECT id, nodeId, versionDate, userId, name, urlSegment FROM umbracoContentVersion WHERE " + dialect.InList("id", "@chunk"),
                new { chunk }).ConfigureAwait(false);
            foreach (var row in rows)
            {
                var document = byVersion[row.Id];
                result.Add(new DocumentVersion(row.Id, row.NodeId, DbDate.Read(row.VersionDate), row.UserId, row.Name, row.UrlSegment, document.Values));
            }
        }

        return result;
    }
}
