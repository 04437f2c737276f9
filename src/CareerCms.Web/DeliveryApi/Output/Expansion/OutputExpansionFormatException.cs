namespace CareerCms.Web.DeliveryApi.Output.Expansion;

/// <summary>
/// A malformed <c>expand</c> or <c>fields</c> value (unbalanced brackets, a leading '[', an empty "[]").
/// Umbraco 17 lets its <see cref="ArgumentException"/> escape as a 500; the endpoints answer 400 instead.
/// </summary>
public sealed class OutputExpansionFormatException : ArgumentException
{
    /// <summary>Creates the exception for a value and the rule it breaks.</summary>
    public OutputExpansionFormatException(string value, string reason)
        : base($"The value '{value}' is not a valid expand/fields value: {reason}")
    {
        Value = value;
        Reason = reason;
    }

    /// <summary>The rejected value.</summary>
    public string Value { get; }

    /// <summary>Why the value was rejected.</summary>
    public string Reason { get; }
}
