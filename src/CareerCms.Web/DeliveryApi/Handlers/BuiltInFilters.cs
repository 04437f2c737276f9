using System.Text.RegularExpressions;
using CareerCms.Web.DeliveryApi.Indexing;
using Umbraco.Cms.Core.DeliveryApi;

namespace CareerCms.Web.DeliveryApi.Handlers;

/// <summary><c>contentType:{alias[,alias]}</c>; a leading '!' excludes them all.</summary>
public sealed class ContentTypeFilter : IFilterHandler
{
    private const string Prefix = "contentType:";

    public bool CanHandle(string query) => QueryOptionText.HasPrefix(query, Prefix);

    public FilterOption BuildFilterOption(string filter)
    {
        var (values, negated) = QueryOptionText.List(QueryOptionText.After(filter, Prefix));
        return new FilterOption
        {
            FieldName = DeliveryApiIndexFieldNames.ContentType,
            Values = values,
            Operator = negated ? FilterOperation.IsNot : FilterOperation.Is,
        };
    }
}

/// <summary><c>name:{text[,text]}</c> — name contains any of the texts; a leading '!' = contains none.</summary>
public sealed class NameFilter : IFilterHandler
{
    private const string Prefix = "name:";

    public bool CanHandle(string query) => QueryOptionText.HasPrefix(query, Prefix);

    public FilterOption BuildFilterOption(string filter)
    {
        var (values, negated) = QueryOptionText.List(QueryOptionText.After(filter, Prefix));
        return new FilterOption
        {
            FieldName = DeliveryApiIndexFieldNames.Name,
            Values = values,
            Operator = negated ? FilterOperation.DoesNotContain : FilterOperation.Contains,
        };
    }
}

/// <summary>Date filters: <c>{field}:</c>, <c>{field}&gt;</c>, <c>{field}&gt;:</c>, <c>{field}&lt;</c>, <c>{field}&lt;:</c>.</summary>
public abstract partial class DateFilterBase : IFilterHandler
{
    /// <summary>The index field and option name.</summary>
    protected abstract string FieldName { get; }

    public bool CanHandle(string query) => Parse(query) is not null;

    public FilterOption BuildFilterOption(string filter)
    {
        var (op, value) = Parse(filter) ?? throw new ArgumentException($"Not a {FieldName} filter.", nameof(filter));
        return new FilterOption { FieldName = FieldName, Values = [value], Operator = op };
    }

    private (FilterOperation, string)? Parse(string query)
    {
        var match = OperatorPattern().Match(query);
        if (!match.Success || !string.Equals(match.Groups["field"].Value, FieldName, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        FilterOperation? op = match.Groups["op"].Value switch
        {
            ":" => FilterOperation.Is,
            ">" => FilterOperation.GreaterThan,
            ">:" => FilterOperation.GreaterThanOrEqual,
            "<" => FilterOperation.LessThan,
            "<:" => FilterOperation.LessThanOrEqual,
            _ => null,
        };
        return op is null ? null : (op.Value, match.Groups["value"].Value);
    }

    [GeneratedRegex("^(?<field>[A-Za-z]+)(?<op>[><:]{1,2})(?<value>.*)$")]
    private static partial Regex OperatorPattern();
}

/// <summary><c>createDate</c> filters.</summary>
public sealed class CreateDateFilter : DateFilterBase
{
    protected override string FieldName => DeliveryApiIndexFieldNames.CreateDate;
}

/// <summary><c>updateDate</c> filters.</summary>
public sealed class UpdateDateFilter : DateFilterBase
{
    protected override string FieldName => DeliveryApiIndexFieldNames.UpdateDate;
}
