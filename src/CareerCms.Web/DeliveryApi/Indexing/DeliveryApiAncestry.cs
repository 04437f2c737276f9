using Umbraco.Cms.Core.Models;

namespace CareerCms.Web.DeliveryApi.Indexing;

/// <summary>
/// Resolves ancestor keys from the id path of the content being indexed, using the id-to-key map the value-set
/// builder provides for the batch it is building.
/// </summary>
public sealed class DeliveryApiAncestry : IDeliveryApiAncestry
{
    private readonly AsyncLocal<IReadOnlyDictionary<int, Guid>?> _keys = new();

    /// <summary>Makes an id-to-key map current for the handlers called on this async flow.</summary>
    public IDisposable Use(IReadOnlyDictionary<int, Guid> keysById)
    {
        var previous = _keys.Value;
        _keys.Value = keysById;
        return new Restore(() => _keys.Value = previous);
    }

    /// <inheritdoc />
    public (Guid ParentKey, IReadOnlyList<Guid> AncestorKeys) GetAncestry(IContent content)
    {
        var map = _keys.Value ?? throw new InvalidOperationException("Ancestry is only known while a value set is being built.");
        var ids = content.Path.Split(',').Select(int.Parse).Where(id => id > 0 && id != content.Id).ToArray();
        var ancestors = ids.Select(id => map.TryGetValue(id, out var key) ? key : Guid.Empty).Where(k => k != Guid.Empty).ToArray();
        return (ancestors.Length > 0 ? ancestors[^1] : Guid.Empty, ancestors);
    }

    private sealed class Restore(Action action) : IDisposable
    {
        public void Dispose() => action();
    }
}
