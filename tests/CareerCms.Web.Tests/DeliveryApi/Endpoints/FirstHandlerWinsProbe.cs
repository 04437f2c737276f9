using Umbraco.Cms.Core.DeliveryApi;

namespace CareerCms.Web.Tests.DeliveryApi.Endpoints;

/// <summary>
/// A filter found by type discovery in the test assembly that claims some of the built-in contentType filter's
/// options (<c>contentType:firstWinsProbe</c>) and answers with the skills instead: whichever of the two comes first
/// in the filter collection must decide the answer.
/// </summary>
public sealed class FirstHandlerWinsProbe : IFilterHandler
{
    public const string Option = "contentType:firstWinsProbe";

    public bool CanHandle(string query) => query.StartsWith(Option, StringComparison.Ordinal);

    public FilterOption BuildFilterOption(string filter) => new()
    {
        FieldName = "contentType",
        Values = ["skill"],
        Operator = FilterOperation.Is,
    };
}
