namespace CareerCms.Web.DeliveryApi.Querying;

/// <summary>How a content query ended; DeliveryApiProblems maps each failure to Umbraco's ProblemDetails.</summary>
public enum DeliveryApiQueryStatus
{
    Success,
    SelectorOptionNotFound,
    FilterOptionNotFound,
    SortOptionNotFound,
    InvalidFilterValue,
    IndexUnavailable,
}
