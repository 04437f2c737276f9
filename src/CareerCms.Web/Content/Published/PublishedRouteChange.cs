namespace CareerCms.Web.Content.Published;

/// <summary>
/// A cached document that stayed routable while its route changed (a rename, a move, an ancestor's rename):
/// what Umbraco's redirect URL tracking records.
/// </summary>
/// <param name="Key">The document's key.</param>
/// <param name="PreviousRoute">
/// The route it had: its root's URL segment and the segments below it, lower-cased and '/'-separated
/// (<c>careers/mlops-engineer</c>), see <see cref="PublishedRoutes"/>.
/// </param>
public sealed record PublishedRouteChange(Guid Key, string PreviousRoute);
