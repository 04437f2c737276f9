using Umbraco.Cms.Core;
using Umbraco.Cms.Core.DeliveryApi;

namespace CareerCms.Plugin.DeliveryApi.Sorts;

/// <summary>
/// <c>{field}:{asc|desc}</c> on a number field of the careers index; the direction is case-insensitive
/// (<c>asc</c>, <c>ascending</c>, <c>desc</c>, <c>descending</c>), anything else has no handler (400).
/// Items without the field sort as 0.
/// </summary>
public abstract class NumberSortBase : ISortHandler
{
    /// <summary>The option name before the colon, which is also the index field.</summary>
    protected abstract string FieldName { get; }

    private string Prefix => FieldName + ":";

    /// <inheritdoc />
    public bool CanHandle(string query) =>
        QueryOptionText.HasPrefix(query, Prefix) && QueryOptionText.Direction(QueryOptionText.After(query, Prefix)) is not null;

    /// <inheritdoc />
    public SortOption BuildSortOption(string sort) => new()
    {
        FieldName = FieldName,
        Direction = QueryOptionText.Direction(QueryOptionText.After(sort, Prefix)) ?? Direction.Ascending,
    };
}

/// <summary><c>salaryMin:asc|desc</c>.</summary>
public sealed class SalaryMinSort : NumberSortBase
{
    /// <inheritdoc />
    protected override string FieldName => CareerIndexFields.SalaryMin;
}

/// <summary><c>salaryMax:asc|desc</c>.</summary>
public sealed class SalaryMaxSort : NumberSortBase
{
    /// <inheritdoc />
    protected override string FieldName => CareerIndexFields.SalaryMax;
}

/// <summary><c>growthRate:asc|desc</c>.</summary>
public sealed class GrowthRateSort : NumberSortBase
{
    /// <inheritdoc />
    protected override string FieldName => CareerIndexFields.GrowthRate;
}

/// <summary><c>pathCount:asc|desc</c> — careers by published incoming paths.</summary>
public sealed class PathCountSort : NumberSortBase
{
    /// <inheritdoc />
    protected override string FieldName => CareerIndexFields.PathCount;
}

/// <summary><c>engagement:asc|desc</c> — transition paths by engagement (baseline plus counted starts).</summary>
public sealed class EngagementSort : NumberSortBase
{
    /// <inheritdoc />
    protected override string FieldName => CareerIndexFields.Engagement;
}

/// <summary><c>durationMinMonths:asc|desc</c> — transition paths by their shortest duration.</summary>
public sealed class DurationMinMonthsSort : NumberSortBase
{
    /// <inheritdoc />
    protected override string FieldName => CareerIndexFields.DurationMinMonths;
}
