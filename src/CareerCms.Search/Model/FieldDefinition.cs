namespace CareerCms.Search.Model;

/// <summary>How one field is indexed: its name and one of the <see cref="FieldDefinitionTypes"/>.</summary>
public sealed record FieldDefinition
{
    /// <summary>Creates a definition; the type name is case-insensitive and aliases (<c>number</c>, <c>date</c>) are accepted.</summary>
    /// <exception cref="ArgumentException">The type is not one of <see cref="FieldDefinitionTypes"/>.</exception>
    public FieldDefinition(string name, string type)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(type);
        Name = name;
        Type = FieldDefinitionTypes.Normalize(type)
            ?? throw new ArgumentException($"Unknown field definition type '{type}' for field '{name}'.", nameof(type));
    }

    /// <summary>The field name (case-sensitive, as in Lucene).</summary>
    public string Name { get; }

    /// <summary>The normalized type name, one of <see cref="FieldDefinitionTypes"/>.</summary>
    public string Type { get; }
}
