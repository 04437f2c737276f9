namespace CareerCms.Search.Model;

/// <summary>
/// The field type names understood by <see cref="FieldDefinition"/> (compared case-insensitively), with Examine's
/// spelling so field definitions port unchanged.
/// </summary>
public static class FieldDefinitionTypes
{
    /// <summary>Analyzed text with the index's default analyzer; the type of undefined fields.</summary>
    public const string FullText = "fulltext";

    /// <summary>Analyzed text plus an un-analyzed, case-sensitive <c>__Sort_{name}</c> copy for sorting.</summary>
    public const string FullTextSortable = "fulltextsortable";

    /// <summary>One exact, un-analyzed term (ids, keys, flags); queried with the keyword analyzer.</summary>
    public const string Raw = "raw";

    /// <summary>Letter/digit tokens, lowercased and ASCII-folded, whatever the index's default analyzer.</summary>
    public const string InvariantCultureIgnoreCase = "invariantcultureignorecase";

    /// <summary>Text split on whitespace and <c>@</c>, lowercased.</summary>
    public const string EmailAddress = "emailaddress";

    /// <summary>A 32-bit integer with range queries and sorting. Alias: <c>number</c>.</summary>
    public const string Integer = "int";

    /// <summary>A 64-bit integer with range queries and sorting.</summary>
    public const string Long = "long";

    /// <summary>A single-precision number with range queries and sorting.</summary>
    public const string Float = "float";

    /// <summary>A double-precision number with range queries and sorting.</summary>
    public const string Double = "double";

    /// <summary>A date and time stored as ticks rounded to the millisecond; range queries and sorting. Alias: <c>date</c>.</summary>
    public const string DateTime = "datetime";

    internal static string? Normalize(string type) => type.Trim().ToLowerInvariant() switch
    {
        FullText => FullText,
        FullTextSortable => FullTextSortable,
        Raw => Raw,
        InvariantCultureIgnoreCase => InvariantCultureIgnoreCase,
        EmailAddress => EmailAddress,
        Integer or "number" => Integer,
        Long => Long,
        Float => Float,
        Double => Double,
        DateTime or "date" => DateTime,
        _ => null,
    };
}
