using Umbraco.Cms.Core;
using Umbraco.Cms.Core.DeliveryApi;

namespace CareerCms.Web.Tests.DeliveryApi.Endpoints;

/// <summary>
/// Filters and a sort found by type discovery in the test assembly, each with a prefix of its own, that reach the
/// built-in index fields with the Core operators the built-in handlers never use: Number fields with Is and the range
/// operators, a range operator on a text field, and fields no index handler declares.
/// </summary>
public sealed class LevelProbeFilter : IFilterHandler
{
    public bool CanHandle(string query) => query.StartsWith("levelProbe", StringComparison.Ordinal);

    public FilterOption BuildFilterOption(string filter)
    {
        var (op, value) = filter["levelProbe".Length..] switch
        {
            var v when v.StartsWith(">:", StringComparison.Ordinal) => (FilterOperation.GreaterThanOrEqual, v[2..]),
            var v when v.StartsWith("<", StringComparison.Ordinal) => (FilterOperation.LessThan, v[1..]),
            var v when v.StartsWith(":!", StringComparison.Ordinal) => (FilterOperation.IsNot, v[2..]),
            var v => (FilterOperation.Is, v.TrimStart(':')),
        };
        return new FilterOption { FieldName = "level", Values = value.Split(',', StringSplitOptions.RemoveEmptyEntries), Operator = op };
    }
}

/// <summary><c>textRangeProbe:x</c>: GreaterThan on the raw contentType field, which adds no clause.</summary>
public sealed class TextRangeProbeFilter : IFilterHandler
{
    public bool CanHandle(string query) => query.StartsWith("textRangeProbe:", StringComparison.Ordinal);

    public FilterOption BuildFilterOption(string filter) =>
        new() { FieldName = "contentType", Values = [filter["textRangeProbe:".Length..]], Operator = FilterOperation.GreaterThan };
}

/// <summary><c>undeclaredProbe:x</c>: a field no index handler declares, so the filter is skipped.</summary>
public sealed class UndeclaredFieldProbeFilter : IFilterHandler
{
    public bool CanHandle(string query) => query.StartsWith("undeclaredProbe:", StringComparison.Ordinal);

    public FilterOption BuildFilterOption(string filter) =>
        new() { FieldName = "noHandlerDeclaresThis", Values = ["x"], Operator = FilterOperation.Is };
}

/// <summary><c>undeclaredProbe:asc</c>: a sort on a field no index handler declares, so it is ignored.</summary>
public sealed class UndeclaredFieldProbeSort : ISortHandler
{
    public bool CanHandle(string query) => query.StartsWith("undeclaredProbe:", StringComparison.Ordinal);

    public SortOption BuildSortOption(string sort) => new() { FieldName = "noHandlerDeclaresThis", Direction = Direction.Ascending };
}
