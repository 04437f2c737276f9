using CareerCms.Plugin.Ports;
using Umbraco.Cms.Core.DeliveryApi;

namespace CareerCms.Plugin.DeliveryApi.Selectors;

/// <summary>
/// A <c>{prefix}{career id|path}</c> selector. The value resolves like the built-in selectors' (a GUID, else a
/// content path in the request's context); an unknown career selects nothing (200 with no items), as in Umbraco.
/// </summary>
public abstract class CareerSelectorBase(IContentKeyResolver keys) : ISelectorHandler
{
    /// <summary>The option prefix, colon included.</summary>
    protected abstract string Prefix { get; }

    /// <inheritdoc />
    public bool CanHandle(string query) => QueryOptionText.HasPrefix(query, Prefix);

    /// <inheritdoc />
    public SelectorOption BuildSelectorOption(string selector)
    {
        ArgumentNullException.ThrowIfNull(selector);
        var value = QueryOptionText.After(selector, Prefix);
        var career = value.Length == 0 ? null : keys.ResolveKey(value);
        var (field, values) = Select(career);
        return new SelectorOption { FieldName = field, Values = values };
    }

    /// <summary>The field and values selecting the items for a resolved career (null when unknown).</summary>
    protected abstract (string Field, string[] Values) Select(Guid? career);

    /// <summary>One key as an index value, or no values.</summary>
    protected static string[] KeyValues(Guid? key) => key is { } k ? [k.ToString("D")] : [];
}

/// <summary><c>transitionsTo:{career id|path}</c> — the transition paths leading to the career (its children).</summary>
public sealed class TransitionsToSelector(IContentKeyResolver keys) : CareerSelectorBase(keys)
{
    /// <inheritdoc />
    protected override string Prefix => "transitionsTo:";

    /// <inheritdoc />
    protected override (string Field, string[] Values) Select(Guid? career) => (CareerIndexFields.ParentId, KeyValues(career));
}

/// <summary><c>transitionsFrom:{career id|path}</c> — the transition paths whose <c>fromCareer</c> is the career.</summary>
public sealed class TransitionsFromSelector(IContentKeyResolver keys) : CareerSelectorBase(keys)
{
    /// <inheritdoc />
    protected override string Prefix => "transitionsFrom:";

    /// <inheritdoc />
    protected override (string Field, string[] Values) Select(Guid? career) => (CareerIndexFields.FromCareer, KeyValues(career));
}

/// <summary><c>relatedCareers:{career id|path}</c> — the careers picked in the career's <c>relatedCareers</c>.</summary>
public sealed class RelatedCareersSelector(IContentKeyResolver keys, ICareerContentReader careers) : CareerSelectorBase(keys)
{
    /// <inheritdoc />
    protected override string Prefix => "relatedCareers:";

    /// <inheritdoc />
    protected override (string Field, string[] Values) Select(Guid? career) =>
    (
        CareerIndexFields.ItemId,
        career is { } key && careers.GetCareer(key) is { } found
            ? [.. found.RelatedCareerKeys.Select(k => k.ToString("D"))]
            : []
    );
}
