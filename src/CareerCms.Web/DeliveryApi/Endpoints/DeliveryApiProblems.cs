using CareerCms.Web.DeliveryApi.Querying;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace CareerCms.Web.DeliveryApi.Endpoints;

/// <summary>The one place that turns Delivery API outcomes into Umbraco's error answers.</summary>
public static class DeliveryApiProblems
{
    /// <summary>The plain body Umbraco answers for an unknown Start-Item.</summary>
    public const string StartItemNotFound = "The Start-Item could not be found";

    /// <summary>A query failure as Umbraco's ProblemDetailsBuilder shapes it (type "Error").</summary>
    public static ProblemHttpResult Query(DeliveryApiQueryResult result) => result.Status switch
    {
        DeliveryApiQueryStatus.SelectorOptionNotFound => Error("Selector option not found", "The attempted 'fetch' option does not exist"),
        DeliveryApiQueryStatus.FilterOptionNotFound => Error("Filter option not found", "One of the attempted 'filter' options does not exist"),
        DeliveryApiQueryStatus.SortOptionNotFound => Error("Sort option not found", "One of the attempted 'sort' options does not exist"),
        DeliveryApiQueryStatus.InvalidFilterValue => Error("Invalid filter value", result.Detail ?? "A filter value does not fit its field."),
        DeliveryApiQueryStatus.IndexUnavailable => TypedResults.Problem(
            statusCode: StatusCodes.Status503ServiceUnavailable, title: "Index unavailable", detail: "The content index is being rebuilt or is unreadable; try again shortly."),
        _ => Error("Unknown content query status", null),
    };

    /// <summary>A 400 for a malformed parameter (expand, fields, skip, take...).</summary>
    public static ProblemHttpResult BadParameter(string title, string detail) => Error(title, detail);

    /// <summary>A framework-style 400 with an errors map (model binding of skip/take/id).</summary>
    public static ValidationProblem Validation(string parameter, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [parameter] = [message] });

    /// <summary>Framework-style 401.</summary>
    public static ProblemHttpResult Unauthorized() => TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized);

    /// <summary>Framework-style 404.</summary>
    public static ProblemHttpResult NotFound() => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound);

    /// <summary>Umbraco's plain answer for an unknown Start-Item: a JSON string when JSON is accepted, else text.</summary>
    public static IResult UnknownStartItem(HttpRequest request) =>
        request.Headers.Accept.ToString().Contains("application/json", StringComparison.OrdinalIgnoreCase)
            ? TypedResults.Json(StartItemNotFound, statusCode: StatusCodes.Status404NotFound)
            : TypedResults.Text(StartItemNotFound, "text/plain", statusCode: StatusCodes.Status404NotFound);

    private static ProblemHttpResult Error(string title, string? detail) =>
        TypedResults.Problem(new ProblemDetails { Type = "Error", Title = title, Detail = detail, Status = StatusCodes.Status400BadRequest });
}
