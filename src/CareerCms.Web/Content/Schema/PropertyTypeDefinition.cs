namespace CareerCms.Web.Content.Schema;

/// <summary>A property on a document type: alias, data type and validation.</summary>
public sealed record PropertyTypeDefinition
{
    /// <summary>Stable key.</summary>
    public required Guid Key { get; init; }

    /// <summary>Label shown to editors.</summary>
    public required string Name { get; init; }

    /// <summary>Alias used in values, the Delivery API and uSync.</summary>
    public required string Alias { get; init; }

    /// <summary>The data type's key.</summary>
    public required Guid DataTypeKey { get; init; }

    /// <summary>The data type's editor alias (denormalised as uSync writes it).</summary>
    public required string EditorAlias { get; init; }

    /// <summary>A value is required.</summary>
    public bool Mandatory { get; init; }

    /// <summary>Regular expression a text value must match (empty = none).</summary>
    public string? ValidationRegExp { get; init; }

    /// <summary>Help text.</summary>
    public string? Description { get; init; }

    /// <summary>Order within its group.</summary>
    public int SortOrder { get; init; }

    /// <summary>The alias of the tab or group the property sits in.</summary>
    public string? TabAlias { get; init; }

    /// <summary>The caption of that tab or group.</summary>
    public string? TabCaption { get; init; }

    /// <summary>Umbraco's variation setting (Nothing, Culture, Segment, CultureAndSegment).</summary>
    public string Variations { get; init; } = "Nothing";

    /// <summary>Custom message when a mandatory value is missing.</summary>
    public string? MandatoryMessage { get; init; }

    /// <summary>Custom message when the regular expression does not match.</summary>
    public string? ValidationRegExpMessage { get; init; }

    /// <summary>Show the label above the editor.</summary>
    public bool LabelOnTop { get; init; }
}
