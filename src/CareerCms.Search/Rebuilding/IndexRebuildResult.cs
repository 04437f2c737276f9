namespace CareerCms.Search.Rebuilding;

/// <summary>The outcome of <see cref="IndexRebuilder.RebuildAsync"/>.</summary>
/// <param name="IndexName">The index.</param>
/// <param name="Status">How it ended.</param>
/// <param name="ItemCount">Items written.</param>
/// <param name="Message">Why, when it did not succeed.</param>
public sealed record IndexRebuildResult(string IndexName, IndexRebuildStatus Status, long ItemCount = 0, string? Message = null)
{
    /// <summary>True for <see cref="IndexRebuildStatus.Success"/>.</summary>
    public bool Succeeded => Status == IndexRebuildStatus.Success;
}
