using System.Globalization;

namespace CareerCms.Web.DeliveryApi.Endpoints;

/// <summary>skip (default 0) and take (default 10, no upper limit, 0 allowed) as Umbraco binds them.</summary>
public static class DeliveryApiPaging
{
    /// <summary>The parsed values, or the 400 answer (non-numbers as model-binding errors; negatives refused).</summary>
    public static IResult? Parse(string? skip, string? take, out int skipValue, out int takeValue)
    {
        takeValue = 10;
        skipValue = 0;
        if (!string.IsNullOrEmpty(skip) && !int.TryParse(skip, NumberStyles.Integer, CultureInfo.InvariantCulture, out skipValue))
        {
            return DeliveryApiProblems.Validation("skip", $"The value '{skip}' is not valid.");
        }

        if (!string.IsNullOrEmpty(take) && !int.TryParse(take, NumberStyles.Integer, CultureInfo.InvariantCulture, out takeValue))
        {
            return DeliveryApiProblems.Validation("take", $"The value '{take}' is not valid.");
        }

        if (skipValue < 0 || takeValue < 0)
        {
            return DeliveryApiProblems.BadParameter("Invalid paging", "skip and take must be zero or more.");
        }

        return null;
    }
}
