namespace CareerCms.Plugin.Notifications;

/// <summary>
/// Careers whose counts changed and are not re-indexed yet. <see cref="PathCountRefresher"/> adds to it and
/// <see cref="PathCountIndexUpdater"/>, the next handler of the same notification, drains it.
/// </summary>
internal sealed class PathCountChanges
{
    private readonly Lock _gate = new();
    private HashSet<Guid> _pending = [];

    /// <summary>Remembers careers to re-index.</summary>
    public void Add(IEnumerable<Guid> careerKeys)
    {
        lock (_gate)
        {
            _pending.UnionWith(careerKeys);
        }
    }

    /// <summary>Takes every pending career.</summary>
    public IReadOnlyCollection<Guid> TakeAll()
    {
        lock (_gate)
        {
            var taken = _pending;
            _pending = [];
            return taken;
        }
    }
}
