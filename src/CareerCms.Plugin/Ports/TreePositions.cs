namespace CareerCms.Plugin.Ports;

/// <summary>
/// Branch membership tests over ancestor-key arrays. They run over every counted item on each change, so they are
/// plain loops (no enumerators, no interface dispatch).
/// </summary>
internal static class TreePositions
{
    /// <summary>The ancestors as an array (the same instance when already one).</summary>
    public static Guid[] ToArray(IReadOnlyList<Guid>? ancestors) => ancestors switch
    {
        null => [],
        Guid[] array => array,
        _ => [.. ancestors],
    };

    /// <summary>Whether the item is <paramref name="root"/> or under it.</summary>
    public static bool IsAtOrUnder(Guid item, Guid[] ancestors, Guid root) =>
        item == root || Array.IndexOf(ancestors, root) >= 0;

    /// <summary>Whether the item is one of <paramref name="roots"/> or under one of them.</summary>
    public static bool IsAtOrUnderAny(Guid item, Guid[] ancestors, IReadOnlySet<Guid> roots)
    {
        if (roots.Contains(item))
        {
            return true;
        }

        foreach (var ancestor in ancestors)
        {
            if (roots.Contains(ancestor))
            {
                return true;
            }
        }

        return false;
    }
}
