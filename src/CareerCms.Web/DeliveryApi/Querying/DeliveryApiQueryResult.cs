namespace CareerCms.Web.DeliveryApi.Querying;

/// <summary>A page of item keys and the total hits in the index.</summary>
public sealed record DeliveryApiQueryResult(DeliveryApiQueryStatus Status, long Total, IReadOnlyList<Guid> Keys, string? Detail = null)
{
    public static DeliveryApiQueryResult Fail(DeliveryApiQueryStatus status, string? detail = null) => new(status, 0, [], detail);
}
