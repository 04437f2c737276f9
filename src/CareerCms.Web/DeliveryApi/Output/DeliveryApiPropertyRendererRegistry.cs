using System.Collections.Concurrent;
using CareerCms.Web.DeliveryApi.Output.Renderers;

namespace CareerCms.Web.DeliveryApi.Output;

/// <summary>
/// Picks the renderer for an editor: renderers registered by the host or plugins first (in registration order),
/// then the built-in ones; the first whose <see cref="IDeliveryApiPropertyRenderer.CanRender"/> accepts wins.
/// Editors nobody accepts render their raw stored string and are remembered, so the host can find and plug them.
/// </summary>
public sealed class DeliveryApiPropertyRendererRegistry
{
    private static readonly RawValueRenderer Fallback = new();
    private readonly IReadOnlyList<IDeliveryApiPropertyRenderer> _renderers;
    private readonly ConcurrentDictionary<string, IDeliveryApiPropertyRenderer?> _byEditor = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _unhandled = new(StringComparer.Ordinal);

    /// <summary>Creates the registry over the registered renderers.</summary>
    public DeliveryApiPropertyRendererRegistry(IEnumerable<IDeliveryApiPropertyRenderer> renderers)
    {
        ArgumentNullException.ThrowIfNull(renderers);
        var all = renderers.ToArray();
        _renderers = [.. all.Where(r => r is not IBuiltInPropertyRenderer), .. all.Where(r => r is IBuiltInPropertyRenderer)];
    }

    /// <summary>The renderers in the order they are asked.</summary>
    public IReadOnlyList<IDeliveryApiPropertyRenderer> Renderers => _renderers;

    /// <summary>Editors that were rendered as raw strings because no renderer accepts them.</summary>
    public IReadOnlyCollection<string> UnhandledEditorsSeen => [.. _unhandled.Keys.Order(StringComparer.Ordinal)];

    /// <summary>True when a renderer accepts the editor.</summary>
    public bool CanRender(string editorAlias) => Find(editorAlias) is not null;

    /// <summary>The editors among the given ones that no renderer accepts (e.g. every editor in the schema).</summary>
    public IReadOnlyList<string> FindEditorsWithoutRenderer(IEnumerable<string> editorAliases) =>
        [.. editorAliases.Distinct(StringComparer.Ordinal).Where(alias => !CanRender(alias)).Order(StringComparer.Ordinal)];

    /// <summary>The renderer for an editor; the raw-string fallback when none accepts it (the editor is recorded).</summary>
    public IDeliveryApiPropertyRenderer Resolve(string editorAlias)
    {
        if (Find(editorAlias) is { } renderer)
        {
            return renderer;
        }

        _unhandled.TryAdd(editorAlias, 0);
        return Fallback;
    }

    private IDeliveryApiPropertyRenderer? Find(string editorAlias) =>
        _byEditor.GetOrAdd(editorAlias, alias => _renderers.FirstOrDefault(r => r.CanRender(alias)));
}
