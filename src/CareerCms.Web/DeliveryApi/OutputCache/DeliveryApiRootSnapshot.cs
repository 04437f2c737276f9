namespace CareerCms.Web.DeliveryApi.OutputCache;

/// <summary>
/// The root keys as of the previous content change: a removed root is no longer in the published cache when its
/// notification arrives, yet entries that resolved paths against it must go. Singleton; handlers are transient.
/// </summary>
internal sealed class DeliveryApiRootSnapshot
{
    private readonly Lock _gate = new();
    private HashSet<Guid> _roots = [];

    /// <summary>Stores the current roots and returns the previous ones.</summary>
    public HashSet<Guid> Swap(HashSet<Guid> current)
    {
        lock (_gate)
        {
            var previous = _roots;
            _roots = current;
            return previous;
        }
    }
}
