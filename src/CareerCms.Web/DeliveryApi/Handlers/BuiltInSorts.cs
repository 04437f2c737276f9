using CareerCms.Web.DeliveryApi.Indexing;
using Umbraco.Cms.Core.DeliveryApi;

namespace CareerCms.Web.DeliveryApi.Handlers;

/// <summary>A sort "{name}:{asc|desc}" on one index field.</summary>
public abstract class FieldSortBase : ISortHandler
{
    /// <summary>The option name before the colon.</summary>
    protected abstract string OptionName { get; }

    /// <summary>The index field sorted on.</summary>
    protected abstract string FieldName { get; }

    public bool CanHandle(string query) =>
        QueryOptionText.HasPrefix(query, OptionName + ":") && QueryOptionText.Direction(QueryOptionText.After(query, OptionName + ":")) is not null;

    public SortOption BuildSortOption(string sort) => new()
    {
        FieldName = FieldName,
        Direction = QueryOptionText.Direction(QueryOptionText.After(sort, OptionName + ":")) ?? Umbraco.Cms.Core.Direction.Ascending,
    };
}

/// <summary><c>name:asc|desc</c> (case-insensitive, on the lower-cased sort name).</summary>
public sealed class NameSort : FieldSortBase
{
    protected override string OptionName => "name";

    protected override string FieldName => DeliveryApiIndexFieldNames.SortName;
}

/// <summary><c>createDate:asc|desc</c>.</summary>
public sealed class CreateDateSort : FieldSortBase
{
    protected override string OptionName => "createDate";

    protected override string FieldName => DeliveryApiIndexFieldNames.CreateDate;
}

/// <summary><c>updateDate:asc|desc</c>.</summary>
public sealed class UpdateDateSort : FieldSortBase
{
    protected override string OptionName => "updateDate";

    protected override string FieldName => DeliveryApiIndexFieldNames.UpdateDate;
}

/// <summary><c>level:asc|desc</c>.</summary>
public sealed class LevelSort : FieldSortBase
{
    protected override string OptionName => "level";

    protected override string FieldName => DeliveryApiIndexFieldNames.Level;
}

/// <summary><c>sortOrder:asc|desc</c>.</summary>
public sealed class SortOrderSort : FieldSortBase
{
    protected override string OptionName => "sortOrder";

    protected override string FieldName => DeliveryApiIndexFieldNames.SortOrder;
}
