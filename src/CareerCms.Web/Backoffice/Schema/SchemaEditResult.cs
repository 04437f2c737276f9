namespace CareerCms.Web.Backoffice.Schema;

/// <summary>How a document type or data type edit ended.</summary>
public enum SchemaEditStatus
{
    Success,
    NotFound,
    Invalid,
    ValuesWouldBeLost,
    CancelledByNotification,
}

/// <summary>
/// A problem at one field of the edit request, e.g. <c>properties[2].alias</c>, with the Umbraco operation status it
/// corresponds to (Core's ContentTypeOperationStatus / DataTypeOperationStatus names where one fits).
/// </summary>
public sealed record SchemaFieldError(string Field, string Message, string OperationStatus);

/// <summary>A property the edit removes although documents hold values for it.</summary>
/// <param name="Documents">How many documents hold a value (in their draft, published or older versions).</param>
public sealed record PropertyValuesAtRisk(string Alias, string Name, int Documents);

/// <summary>The outcome of a schema edit.</summary>
public sealed record SchemaEditResult(
    SchemaEditStatus Status,
    IReadOnlyList<SchemaFieldError> Errors,
    IReadOnlyList<PropertyValuesAtRisk> ValuesAtRisk,
    IReadOnlyList<string> Messages)
{
    /// <summary>Documents whose values the edit removed or moved (after a confirmed edit).</summary>
    public int DocumentsChanged { get; init; }

    public bool Succeeded => Status == SchemaEditStatus.Success;

    public static SchemaEditResult Ok(int documentsChanged = 0) => new(SchemaEditStatus.Success, [], [], []) { DocumentsChanged = documentsChanged };

    public static SchemaEditResult NotFound() => new(SchemaEditStatus.NotFound, [], [], []);

    public static SchemaEditResult Invalid(IReadOnlyList<SchemaFieldError> errors) => new(SchemaEditStatus.Invalid, errors, [], []);

    public static SchemaEditResult Cancelled(IReadOnlyList<string> messages) => new(SchemaEditStatus.CancelledByNotification, [], [], messages);

    public static SchemaEditResult WouldLoseValues(IReadOnlyList<PropertyValuesAtRisk> atRisk) => new(SchemaEditStatus.ValuesWouldBeLost, [], atRisk, []);
}
