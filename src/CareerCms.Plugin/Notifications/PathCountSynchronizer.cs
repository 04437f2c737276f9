using CareerCms.Plugin.Careers;
using CareerCms.Plugin.Ports;
using Microsoft.Extensions.Logging;

namespace CareerCms.Plugin.Notifications;

/// <summary>
/// Keeps the node's <see cref="PathCountStore"/> equal to a recount of the published content. The first read
/// recounts everything (so counts are right whichever of start-up, indexing or a notification comes first); after
/// that, a single node changing is applied incrementally and anything that can move a branch in or out of the
/// published content (publish, unpublish, move, trash, restore, delete) is recounted in full, which is what makes
/// "counts equal a brute-force recount" hold by construction.
/// </summary>
internal sealed class PathCountSynchronizer(PathCountStore store, ICareerContentReader reader, ILogger<PathCountSynchronizer> logger)
    : IPathCountReader
{
    private readonly Lock _initialization = new(); // serializes every change to the store
    private volatile bool _initialized;

    /// <inheritdoc />
    public PathCountSnapshot Counts
    {
        get
        {
            EnsureInitialized();
            return store.Current;
        }
    }

    /// <summary>Counts everything once; true when this call did it.</summary>
    public bool EnsureInitialized()
    {
        if (_initialized)
        {
            return false;
        }

        lock (_initialization)
        {
            if (_initialized)
            {
                return false;
            }

            Reset();
            _initialized = true;
            return true;
        }
    }

    /// <summary>Recounts every published career and path; returns what changed since the last counts.</summary>
    public PathCountUpdate RecountAll()
    {
        lock (_initialization)
        {
            var update = Reset();
            _initialized = true;
            return update;
        }
    }

    /// <summary>Applies one document's current published state (career, path, or neither any more).</summary>
    public PathCountUpdate Refresh(Guid key)
    {
        if (EnsureInitialized())
        {
            // The first recount already read this document's current state.
            return new PathCountUpdate([], []);
        }

        // Serialized with recounts: a recount that read older content must not land after this newer change.
        lock (_initialization)
        {
            var career = reader.GetCareer(key);
            var path = reader.GetTransitionPath(key);
            return Merge(
                career is not null ? store.UpsertCareer(career.ToPublishedCareer()) : store.RemoveCareer(key),
                path is not null ? store.UpsertPath(path.ToPublishedPath()) : store.RemovePath(key));
        }
    }

    /// <summary>Both updates' changes, each key once.</summary>
    public static PathCountUpdate Merge(PathCountUpdate first, PathCountUpdate second) =>
        new(
            [.. first.ChangedCareerKeys.Union(second.ChangedCareerKeys).Order()],
            [.. first.ChangedIndustries.Union(second.ChangedIndustries, StringComparer.Ordinal).Order(StringComparer.Ordinal)]);

    private PathCountUpdate Reset()
    {
        var update = store.Reset(
            reader.GetCareers().Select(career => career.ToPublishedCareer()),
            reader.GetTransitionPaths().Select(path => path.ToPublishedPath()));
        logger.LogDebug("Path counts recounted: {Careers} careers, {Changed} changed", store.Current.Careers.Count, update.ChangedCareerKeys.Count);
        return update;
    }
}
