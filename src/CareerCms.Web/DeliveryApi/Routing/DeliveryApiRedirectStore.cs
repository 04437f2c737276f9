using CareerCms.Web.Persistence;
using CareerCms.Web.Persistence.Repositories;

namespace CareerCms.Web.DeliveryApi.Routing;

/// <summary>
/// Tracked redirect URLs (Umbraco's <c>umbracoRedirectUrl</c>): an old route (see
/// <see cref="Content.Published.PublishedRoutes"/>) and the key of the document that had it, most recent wins. Kept
/// in umbracoKeyValue under <see cref="KeyPrefix"/>, so every node and every restart sees them.
/// </summary>
public sealed class DeliveryApiRedirectStore(DatabaseScopeProvider scopeProvider, KeyValueRepository keyValues)
{
    /// <summary>The umbracoKeyValue key prefix of a tracked route.</summary>
    public const string KeyPrefix = "CareerCms.RedirectUrl:";

    /// <summary>The document that last had the route, or null.</summary>
    public async Task<Guid?> FindAsync(string route, CancellationToken cancellationToken)
    {
        await using var connection = await scopeProvider.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var value = await keyValues.GetAsync(connection, KeyPrefix + route).ConfigureAwait(false);
        return Guid.TryParse(value, out var key) ? key : null;
    }

    /// <summary>Records that the documents had these routes (replacing older records of the same routes).</summary>
    public async Task RecordAsync(IReadOnlyCollection<(string Route, Guid Key)> redirects, CancellationToken cancellationToken)
    {
        if (redirects.Count == 0)
        {
            return;
        }

        await using var scope = await scopeProvider.CreateScopeAsync(cancellationToken).ConfigureAwait(false);
        foreach (var (route, key) in redirects)
        {
            await keyValues.SetAsync(scope.Connection, KeyPrefix + route, key.ToString("D"), scope.Transaction).ConfigureAwait(false);
        }

        scope.Complete();
    }
}
