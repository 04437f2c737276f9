using CareerCms.Web.DeliveryApi.Indexing;
using CareerCms.Web.DeliveryApi.Routing;
using Umbraco.Cms.Core.DeliveryApi;

namespace CareerCms.Web.DeliveryApi.Handlers;

/// <summary>Shared work of the built-in selectors: resolve "{id|path}" in the current request's context.</summary>
public abstract class TreeSelectorBase(DeliveryApiRequestAccessor requestAccessor, DeliveryApiPathResolver pathResolver) : ISelectorHandler
{
    /// <summary>The option prefix including the colon, e.g. "children:".</summary>
    protected abstract string Prefix { get; }

    /// <inheritdoc />
    public bool CanHandle(string query) => QueryOptionText.HasPrefix(query, Prefix);

    /// <inheritdoc />
    public SelectorOption BuildSelectorOption(string selector)
    {
        var request = requestAccessor.Current;
        var value = QueryOptionText.After(selector, Prefix).Trim();
        var target = request is null || value.Length == 0 ? null : pathResolver.ResolveKey(value, request.Source, request.StartItem);

        // An unknown target gives an empty value list: the query matches nothing (200, total 0), as in Umbraco.
        return Build(target, request?.Source);
    }

    /// <summary>The option for a resolved target (null when unknown).</summary>
    protected abstract SelectorOption Build(Guid? target, IDeliveryContentSource? source);
}

/// <summary><c>children:{id|path}</c> — items whose parent is the target.</summary>
public sealed class ChildrenSelector(DeliveryApiRequestAccessor requestAccessor, DeliveryApiPathResolver pathResolver)
    : TreeSelectorBase(requestAccessor, pathResolver)
{
    protected override string Prefix => "children:";

    protected override SelectorOption Build(Guid? target, IDeliveryContentSource? source) => new()
    {
        FieldName = DeliveryApiIndexFieldNames.ParentId,
        Values = target is { } key ? [key.ToString("D")] : [],
    };
}

/// <summary><c>descendants:{id|path}</c> — items below the target (the target itself excluded).</summary>
public sealed class DescendantsSelector(DeliveryApiRequestAccessor requestAccessor, DeliveryApiPathResolver pathResolver)
    : TreeSelectorBase(requestAccessor, pathResolver)
{
    protected override string Prefix => "descendants:";

    protected override SelectorOption Build(Guid? target, IDeliveryContentSource? source) => new()
    {
        FieldName = DeliveryApiIndexFieldNames.AncestorIds,
        Values = target is { } key ? [key.ToString("D")] : [],
    };
}

/// <summary><c>ancestors:{id|path}</c> — the target's ancestors (the target itself excluded).</summary>
public sealed class AncestorsSelector(DeliveryApiRequestAccessor requestAccessor, DeliveryApiPathResolver pathResolver)
    : TreeSelectorBase(requestAccessor, pathResolver)
{
    protected override string Prefix => "ancestors:";

    protected override SelectorOption Build(Guid? target, IDeliveryContentSource? source) => new()
    {
        FieldName = DeliveryApiIndexFieldNames.ItemId,
        Values = target is { } key && source?.Get(key) is { } item ? item.AncestorKeys.Select(k => k.ToString("D")).ToArray() : [],
    };
}
