namespace CareerCms.Web.DeliveryApi.Querying;

/// <summary>A filter value that does not fit its field (a word for a number, an unreadable date): a 400.</summary>
public sealed class DeliveryApiFilterValueException(string message) : Exception(message);
