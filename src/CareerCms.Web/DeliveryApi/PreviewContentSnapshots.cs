using CareerCms.Web.Content.Services;

namespace CareerCms.Web.DeliveryApi;

/// <summary>
/// The drafts preview requests read. Loading every document is O(documents), so one load is shared by all preview
/// requests until the next content change (<see cref="Invalidate"/>, called from the cache refresher notification,
/// which runs before a save or publish call returns). A load that overlaps a change is used once, never kept.
/// </summary>
public sealed class PreviewContentSnapshots(ContentQueryService query)
{
    private PreviewContentSource? _current;
    private long _generation;

    /// <summary>The drafts as of the last content change.</summary>
    public async Task<PreviewContentSource> GetAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _current) is { } current)
        {
            return current;
        }

        var generation = Interlocked.Read(ref _generation);
        var loaded = await PreviewContentSource.LoadAsync(query, cancellationToken).ConfigureAwait(false);
        if (Interlocked.Read(ref _generation) == generation)
        {
            Interlocked.CompareExchange(ref _current, loaded, null);
        }

        return loaded;
    }

    /// <summary>Drops the shared drafts: content changed.</summary>
    public void Invalidate()
    {
        Interlocked.Increment(ref _generation);
        Volatile.Write(ref _current, null);
    }
}
