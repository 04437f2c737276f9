namespace CareerCms.Plugin.Ports;

/// <summary>
/// Reads back the computed fields (<c>pathCount</c>, <c>outgoingPathCount</c>, <c>engagement</c>) that the Delivery
/// API content index holds for careers and transition paths, so start-up re-indexes only the items whose indexed
/// values are stale instead of every item. Implemented by a host that can read its index; the plugin's default
/// cannot (every item is re-indexed at start).
/// </summary>
public interface ICareerIndexInspector
{
    /// <summary>The indexed values of every career and path in the index by key; null when the index cannot be read.</summary>
    Task<IReadOnlyDictionary<Guid, IndexedCareerValues>?> ReadAsync(CancellationToken cancellationToken);
}

/// <summary>What the index holds for one item (null: the field is absent).</summary>
/// <param name="PathCount">A career's indexed <c>pathCount</c>.</param>
/// <param name="OutgoingPathCount">A career's indexed <c>outgoingPathCount</c>.</param>
/// <param name="Engagement">A path's indexed <c>engagement</c>.</param>
public readonly record struct IndexedCareerValues(int? PathCount, int? OutgoingPathCount, int? Engagement);
