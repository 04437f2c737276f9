namespace CareerCms.Web.Content.Published;

/// <summary>
/// Told by <see cref="PublishedContentCache"/> which cached documents changed route in a refresh, right after the
/// refresh is applied and before the cache refresher notification is published. Register as a singleton; keep it
/// quick (it runs on the refresh's flow): queue the work.
/// </summary>
public interface IPublishedRouteChangeObserver
{
    /// <summary>The documents whose route changed in one refresh.</summary>
    void OnRoutesChanged(IReadOnlyList<PublishedRouteChange> changes);
}
