using System.Data.Common;
using CareerCms.Web.Content.Documents;
using CareerCms.Web.Persistence;
using Dapper;

namespace CareerCms.Web.Backoffice.Schema;

/// <summary>
/// Keeps stored values consistent with an edited document type: a removed property's values leave every version
/// (draft, published and history, as Umbraco deletes a property type's data), a renamed property's values move to the
/// new alias. Values are a JSON object per version, so each affected version is read, changed and written back.
/// </summary>
public sealed class PropertyValueRewriter(SqlDialect dialect)
{
    /// <summary>For each alias, how many documents of the given types hold a non-empty value in any version.</summary>
    public async Task<IReadOnlyDictionary<string, int>> CountDocumentsWithValuesAsync(
        DbConnection connection, IReadOnlyCollection<int> contentTypeIds, IReadOnlyCollection<string> aliases, DbTransaction? transaction = null)
    {
        var documents = aliases.ToDictionary(a => a, _ => new HashSet<int>(), StringComparer.Ordinal);
        foreach (var row in await ReadAsync(connection, contentTypeIds, aliases, transaction).ConfigureAwait(false))
        {
            var values = PropertyValues.FromJson(row.PropertyData);
            foreach (var alias in aliases)
            {
                if (values.TryGetValue(alias, out var value) && !string.IsNullOrEmpty(value))
                {
                    documents[alias].Add(row.NodeId);
                }
            }
        }

        return documents.ToDictionary(p => p.Key, p => p.Value.Count, StringComparer.Ordinal);
    }

    /// <summary>
    /// Removes <paramref name="removed"/> and renames (old alias → new alias) <paramref name="renamed"/> in every version
    /// of the given types' documents; returns the documents changed (id, key).
    /// </summary>
    public async Task<IReadOnlyList<(int Id, Guid Key)>> ApplyAsync(
        DatabaseScope scope, IReadOnlyCollection<int> contentTypeIds, IReadOnlyCollection<string> removed, IReadOnlyDictionary<string, string> renamed)
    {
        var aliases = removed.Concat(renamed.Keys).Distinct(StringComparer.Ordinal).ToArray();
        if (aliases.Length == 0 || contentTypeIds.Count == 0)
        {
            return [];
        }

        var changed = new Dictionary<int, Guid>();
        foreach (var row in await ReadAsync(scope.Connection, contentTypeIds, aliases, scope.Transaction).ConfigureAwait(false))
        {
            var before = PropertyValues.FromJson(row.PropertyData);
            if (!aliases.Any(before.ContainsKey))
            {
                continue;
            }

            var after = before.Where(p => !aliases.Contains(p.Key, StringComparer.Ordinal)).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
            foreach (var (oldAlias, newAlias) in renamed)
            {
                if (before.TryGetValue(oldAlias, out var value))
                {
                    after[newAlias] = value;
                }
            }

            await scope.Connection.ExecuteAsync(
                "UPDATE umbracoContentVersion SET propertyData = @data WHERE id = @id",
                new { data = PropertyValues.ToJson(after), id = row.VersionId },
                scope.Transaction).ConfigureAwait(false);
            changed[row.NodeId] = Guid.Parse(row.NodeKey);
        }

        return changed.Select(p => (p.Key, p.Value)).ToArray();
    }

    // Versions of the types' documents whose JSON mentions one of the aliases as a key (a text pre-filter; the caller
    // checks the parsed values).
    private async Task<IReadOnlyList<VersionRow>> ReadAsync(
        DbConnection connection, IReadOnlyCollection<int> contentTypeIds, IReadOnlyCollection<string> aliases, DbTransaction? transaction)
    {
        if (contentTypeIds.Count == 0 || aliases.Count == 0)
        {
            return [];
        }

        var parameters = new DynamicParameters();
        parameters.Add("typeIds", contentTypeIds.ToArray());
        var likes = new List<string>();
        var index = 0;
        foreach (var alias in aliases)
        {
            parameters.Add($"p{index}", $"%\"{alias}\":%");
            likes.Add($"v.propertyData LIKE @p{index}");
            index++;
        }

        var rows = await connection.QueryAsync<VersionRow>(
            $"""
            SELECT v.id AS VersionId, v.nodeId AS NodeId, n.uniqueId AS NodeKey, v.propertyData AS PropertyData
            FROM umbracoContentVersion v
            JOIN umbracoNode n ON n.id = v.nodeId
            WHERE {dialect.InList("n.contentTypeId", "@typeIds")} AND ({string.Join(" OR ", likes)})
            """,
            parameters, transaction).ConfigureAwait(false);
        return rows.ToArray();
    }

    private sealed class VersionRow
    {
        public int VersionId { get; set; }

        public int NodeId { get; set; }

        public string NodeKey { get; set; } = "";

        public string PropertyData { get; set; } = "";
    }
}
