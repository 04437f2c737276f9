using Umbraco.Cms.Core.DeliveryApi;
using Umbraco.Cms.Core.Models;

namespace CareerCms.Web.Tests.Composition;

/// <summary>
/// The docs' "author filter" pattern in miniature, defined only in the test assembly: an index handler adds the
/// first letter of the name as a raw field and a filter <c>initial:{letter[,letter]}</c> queries it.
/// </summary>
public sealed class TestInitialIndexHandler : IContentIndexHandler, IFilterHandler
{
    private const string Field = "testInitial";

    public IEnumerable<IndexFieldValue> GetFieldValues(IContent content, string? culture) =>
        string.IsNullOrEmpty(content.Name) ? [] : [new IndexFieldValue { FieldName = Field, Values = [char.ToLowerInvariant(content.Name[0]).ToString()] }];

    public IEnumerable<IndexField> GetFields() => [new IndexField { FieldName = Field, FieldType = FieldType.StringRaw, VariesByCulture = false }];

    public bool CanHandle(string query) => query.StartsWith("initial:", StringComparison.OrdinalIgnoreCase);

    public FilterOption BuildFilterOption(string filter) => new()
    {
        FieldName = Field,
        Values = filter["initial:".Length..].Split(',', StringSplitOptions.RemoveEmptyEntries).Select(v => v.ToLowerInvariant()).ToArray(),
        Operator = FilterOperation.Is,
    };
}
