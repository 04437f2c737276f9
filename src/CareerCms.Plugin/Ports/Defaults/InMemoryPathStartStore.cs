using System.Collections.Concurrent;

namespace CareerCms.Plugin.Ports.Defaults;

/// <summary>
/// A placeholder <see cref="IPathStartStore"/> for a site that has not registered a durable one: counts live in
/// memory and are lost on restart, and each node counts alone. It exists so the package starts anywhere; a
/// production site registers a database-backed store (CareerCms.Web's <c>PathStartStore</c> is one).
/// </summary>
public sealed class InMemoryPathStartStore : IPathStartStore
{
    private readonly ConcurrentDictionary<(Guid, string, DateOnly), byte> _seen = new();
    private readonly ConcurrentDictionary<Guid, long> _counts = new();

    /// <inheritdoc />
    public Task<PathStartOutcome> RecordAsync(PathStart start, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(start);
        if (!_seen.TryAdd((start.PathKey, start.VisitorId, start.Day), 0))
        {
            return Task.FromResult(PathStartOutcome.AlreadyCounted);
        }

        _counts.AddOrUpdate(start.PathKey, 1, (_, count) => count + 1);
        return Task.FromResult(PathStartOutcome.Counted);
    }

    /// <inheritdoc />
    public long GetCount(Guid pathKey) => _counts.GetValueOrDefault(pathKey);

    /// <inheritdoc />
    public IReadOnlyDictionary<Guid, long> GetCounts() => new Dictionary<Guid, long>(_counts);
}
