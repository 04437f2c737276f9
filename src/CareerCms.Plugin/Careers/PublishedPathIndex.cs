namespace CareerCms.Plugin.Careers;

/// <summary>Published paths by key, by target career and by background career. Not thread-safe.</summary>
internal sealed class PublishedPathIndex
{
    private readonly Dictionary<Guid, PublishedTransitionPath> _paths = [];
    private readonly Dictionary<Guid, HashSet<Guid>> _byTarget = [];
    private readonly Dictionary<Guid, HashSet<Guid>> _byFrom = [];

    internal IEnumerable<PublishedTransitionPath> All => _paths.Values;

    internal PublishedTransitionPath? Find(Guid pathKey) => _paths.GetValueOrDefault(pathKey);

    /// <summary>Paths whose parent (target) is the career.</summary>
    internal IEnumerable<PublishedTransitionPath> Into(Guid careerKey) => Lookup(_byTarget, careerKey);

    /// <summary>Paths whose <c>fromCareer</c> is the career.</summary>
    internal IEnumerable<PublishedTransitionPath> OutOf(Guid careerKey) => Lookup(_byFrom, careerKey);

    /// <summary>Adds a path or replaces the path with the same key.</summary>
    internal void Store(PublishedTransitionPath path)
    {
        Remove(path.Key);
        _paths[path.Key] = path;
        Link(_byTarget, path.TargetCareerKey, path.Key);
        if (path.FromCareerKey is { } from)
        {
            Link(_byFrom, from, path.Key);
        }
    }

    internal void Remove(Guid pathKey)
    {
        if (!_paths.Remove(pathKey, out var path))
        {
            return;
        }

        Unlink(_byTarget, path.TargetCareerKey, pathKey);
        if (path.FromCareerKey is { } from)
        {
            Unlink(_byFrom, from, pathKey);
        }
    }

    internal void Clear()
    {
        _paths.Clear();
        _byTarget.Clear();
        _byFrom.Clear();
    }

    private IEnumerable<PublishedTransitionPath> Lookup(Dictionary<Guid, HashSet<Guid>> links, Guid careerKey) =>
        links.TryGetValue(careerKey, out var pathKeys) ? pathKeys.Select(key => _paths[key]) : [];

    private static void Link(Dictionary<Guid, HashSet<Guid>> links, Guid careerKey, Guid pathKey)
    {
        if (!links.TryGetValue(careerKey, out var pathKeys))
        {
            pathKeys = [];
            links[careerKey] = pathKeys;
        }

        pathKeys.Add(pathKey);
    }

    private static void Unlink(Dictionary<Guid, HashSet<Guid>> links, Guid careerKey, Guid pathKey)
    {
        if (links.TryGetValue(careerKey, out var pathKeys) && pathKeys.Remove(pathKey) && pathKeys.Count == 0)
        {
            links.Remove(careerKey);
        }
    }
}
