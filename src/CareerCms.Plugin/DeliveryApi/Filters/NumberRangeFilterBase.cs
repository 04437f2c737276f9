using System.Text.RegularExpressions;
using Umbraco.Cms.Core.DeliveryApi;

namespace CareerCms.Plugin.DeliveryApi.Filters;

/// <summary>
/// Number filters with the operators of Umbraco's date filters: <c>{field}&gt;{n}</c>, <c>{field}&gt;:{n}</c>
/// (at least), <c>{field}&lt;{n}</c>, <c>{field}&lt;:{n}</c> (at most), <c>{field}:{n[,n]}</c> (exactly one of) and <c>{field}:!{n[,n]}</c> (none of).
/// One bound per filter; repeat the filter for a window (filters are AND-ed). The value must be a whole number
/// (the query answers 400 otherwise).
/// </summary>
public abstract partial class NumberRangeFilterBase : IFilterHandler
{
    /// <summary>The option name, which is also the index field (e.g. <c>salaryMin</c>).</summary>
    protected abstract string FieldName { get; }

    /// <inheritdoc />
    public bool CanHandle(string query) => Parse(query) is not null;

    /// <inheritdoc />
    public FilterOption BuildFilterOption(string filter)
    {
        var (op, value) = Parse(filter) ?? throw new ArgumentException($"Not a {FieldName} filter.", nameof(filter));
        if (op != FilterOperation.Is)
        {
            return new FilterOption { FieldName = FieldName, Values = [value.Trim()], Operator = op };
        }

        var (values, negated) = QueryOptionText.List(value.Trim());
        return new FilterOption { FieldName = FieldName, Values = values, Operator = negated ? FilterOperation.IsNot : op };
    }

    private (FilterOperation Op, string Value)? Parse(string? query)
    {
        var match = query is null ? Match.Empty : OperatorPattern().Match(query);
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
        return op is { } found ? (found, match.Groups["value"].Value) : null;
    }

    [GeneratedRegex("^(?<field>[A-Za-z]+)(?<op>[><]:?|:)(?<value>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex OperatorPattern();
}

/// <summary><c>salaryMin&gt;</c>, <c>salaryMin&gt;:</c>, <c>salaryMin&lt;</c>, <c>salaryMin&lt;:</c>, <c>salaryMin:</c>.</summary>
public sealed class SalaryMinFilter : NumberRangeFilterBase
{
    /// <inheritdoc />
    protected override string FieldName => CareerIndexFields.SalaryMin;
}

/// <summary><c>salaryMax&gt;</c>, <c>salaryMax&gt;:</c>, <c>salaryMax&lt;</c>, <c>salaryMax&lt;:</c>, <c>salaryMax:</c>.</summary>
public sealed class SalaryMaxFilter : NumberRangeFilterBase
{
    /// <inheritdoc />
    protected override string FieldName => CareerIndexFields.SalaryMax;
}

/// <summary><c>pathCount&gt;</c>, <c>pathCount&gt;:</c> (and the other operators): careers by published incoming paths.</summary>
public sealed class PathCountFilter : NumberRangeFilterBase
{
    /// <inheritdoc />
    protected override string FieldName => CareerIndexFields.PathCount;
}
