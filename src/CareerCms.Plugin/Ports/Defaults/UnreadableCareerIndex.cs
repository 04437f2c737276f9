namespace CareerCms.Plugin.Ports.Defaults;

/// <summary>The plugin's default <see cref="ICareerIndexInspector"/>: it cannot read the index, so start-up re-indexes everything.</summary>
public sealed class UnreadableCareerIndex : ICareerIndexInspector
{
    /// <inheritdoc />
    public Task<IReadOnlyDictionary<Guid, IndexedCareerValues>?> ReadAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyDictionary<Guid, IndexedCareerValues>?>(null);
}
