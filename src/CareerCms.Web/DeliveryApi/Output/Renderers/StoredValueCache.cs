using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace CareerCms.Web.DeliveryApi.Output.Renderers;

/// <summary>
/// Parsed forms of stored values (block values, rich text), kept for as long as the stored string itself lives: the
/// published cache holds a document's strings until the document changes, so a value is parsed once instead of on
/// every request, and a changed value is a new string that is parsed afresh. Parsed forms are shared between
/// requests and threads, so they must be immutable.
/// </summary>
internal static class StoredValueCache
{
    private static readonly ConditionalWeakTable<string, ConcurrentDictionary<string, object?>> Parsed = new();

    /// <summary>The parsed form of <paramref name="raw"/> of the given kind, parsed on first use.</summary>
    /// <param name="raw">The stored string (the cache is keyed by this instance).</param>
    /// <param name="kind">What the form is (e.g. "blocks:Umbraco.BlockList"): one string can be read several ways.</param>
    /// <param name="parse">The parser; it must return an immutable object (or null).</param>
    public static T? GetOrAdd<T>(string raw, string kind, Func<string, T?> parse)
        where T : class
    {
        var forms = Parsed.GetValue(raw, static _ => new ConcurrentDictionary<string, object?>(StringComparer.Ordinal));
        return (T?)forms.GetOrAdd(kind, static (_, state) => state.parse(state.raw), (raw, parse));
    }
}
