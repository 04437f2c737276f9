using CareerCms.Plugin.Careers;

namespace CareerCms.Plugin.Ports;

/// <summary>Branches of a <see cref="CareerContentSnapshot"/>: reading one, and re-reading some after a change.</summary>
public sealed partial class CareerContentSnapshot
{
    /// <summary>
    /// This snapshot with some branches read again: every document at or under a key of <paramref name="branchKeys"/>
    /// (by this snapshot's tree) is dropped and <paramref name="branchItems"/>, the routable documents now at or under
    /// those keys, are put in, parsing only those whose <see cref="CareerContentItem.Version"/> changed. Costs a copy
    /// of the key maps, not a parse of everything. Null when the branches hold a skill (every requirement depends on
    /// skill aliases) or the tree is unknown: then <see cref="Build"/> everything.
    /// </summary>
    public CareerContentSnapshot? WithBranches(IReadOnlyCollection<Guid> branchKeys, IReadOnlyCollection<CareerContentItem> branchItems)
    {
        ArgumentNullException.ThrowIfNull(branchKeys);
        ArgumentNullException.ThrowIfNull(branchItems);
        var branches = branchKeys as IReadOnlySet<Guid> ?? branchKeys.ToHashSet();
        var dropped = new List<Guid>();
        foreach (var (key, above) in _ancestors)
        {
            if (TreePositions.IsAtOrUnderAny(key, above, branches))
            {
                dropped.Add(key);
            }
        }

        if (!_treeKnown || branchItems.Any(i => i.AncestorKeys is null || i.ContentTypeAlias == CareerContentTypes.Skill)
            || dropped.Any(key => _skills.ContainsKey(key) || _skillAliases.ContainsKey(key)))
        {
            return null;
        }

        var careers = new Dictionary<Guid, CareerDetails>(_careers);
        var paths = new Dictionary<Guid, TransitionPathDetails>(_paths);
        var versions = new Dictionary<Guid, object>(_versions);
        var ancestors = new Dictionary<Guid, Guid[]>(_ancestors);
        foreach (var key in dropped)
        {
            careers.Remove(key);
            paths.Remove(key);
            versions.Remove(key);
            ancestors.Remove(key);
        }

        string? AliasOf(Guid key) => _skillAliases.GetValueOrDefault(key);
        T Parse<T>(CareerContentItem item, Dictionary<Guid, T> before, Func<T> parse)
            where T : class
        {
            ancestors[item.Key] = TreePositions.ToArray(item.AncestorKeys);
            if (item.Version is not { } version)
            {
                return parse();
            }

            var reuse = _versions.TryGetValue(item.Key, out var old) && ReferenceEquals(old, version) && before.TryGetValue(item.Key, out _);
            versions[item.Key] = version;
            return reuse ? before[item.Key] : parse();
        }

        foreach (var item in branchItems.Where(i => i.ContentTypeAlias == CareerContentTypes.Career))
        {
            careers[item.Key] = Parse(item, _careers, () => CareerContentParser.ParseCareer(item.Key, item.Name, item.Value, AliasOf));
        }

        foreach (var item in branchItems.Where(i => i.ContentTypeAlias == CareerContentTypes.TransitionPath))
        {
            if (item.ParentKey is { } parent && careers.ContainsKey(parent))
            {
                paths[item.Key] = Parse(item, _paths, () => CareerContentParser.ParseTransitionPath(item.Key, item.Name, parent, item.Value, AliasOf));
            }
        }

        // A path counts only under a published career. A removed career's paths are in its branch, so this only
        // matters when the tree and the parents disagree; it is checked only when a career went.
        if (dropped.Any(key => _careers.ContainsKey(key) && !careers.ContainsKey(key)))
        {
            foreach (var orphan in paths.Values.Where(p => !careers.ContainsKey(p.TargetCareerKey)).Select(p => p.Key).ToList())
            {
                paths.Remove(orphan);
                ancestors.Remove(orphan);
            }
        }

        return new CareerContentSnapshot(careers, paths, _skills, _skillAliases, versions, ancestors, treeKnown: true);
    }

    /// <inheritdoc />
    public CareerContentBranch? GetBranch(Guid? key)
    {
        if (!_treeKnown)
        {
            return null;
        }

        var careers = new List<CareerDetails>();
        var paths = new List<TransitionPathDetails>();
        var ancestors = new Dictionary<Guid, IReadOnlyList<Guid>>();
        foreach (var (item, above) in _ancestors)
        {
            if (key is { } root && !TreePositions.IsAtOrUnder(item, above, root))
            {
                continue;
            }

            if (_careers.TryGetValue(item, out var career))
            {
                careers.Add(career);
                ancestors[item] = above;
            }
            else if (_paths.TryGetValue(item, out var path))
            {
                paths.Add(path);
                ancestors[item] = above;
            }
        }

        return new CareerContentBranch(careers, paths, ancestors);
    }
}
