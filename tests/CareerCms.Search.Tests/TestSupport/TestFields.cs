using CareerCms.Search.Model;

namespace CareerCms.Search.Tests.TestSupport;

/// <summary>The field definitions the tests index with: one field per type.</summary>
internal static class TestFields
{
    public const string Name = "nodeName";
    public const string Body = "body";
    public const string Salary = "salary";
    public const string Views = "views";
    public const string Rating = "rating";
    public const string Score = "score";
    public const string Updated = "updateDate";
    public const string Culture = "culture";
    public const string Email = "email";
    public const string Alias = "alias";
    public const string Level = "level";

    public static FieldDefinitionCollection Create() => new(
        new FieldDefinition(Name, FieldDefinitionTypes.FullTextSortable),
        new FieldDefinition(Salary, FieldDefinitionTypes.Integer),
        new FieldDefinition(Level, "number"),
        new FieldDefinition(Views, FieldDefinitionTypes.Long),
        new FieldDefinition(Rating, FieldDefinitionTypes.Double),
        new FieldDefinition(Score, FieldDefinitionTypes.Float),
        new FieldDefinition(Updated, FieldDefinitionTypes.DateTime),
        new FieldDefinition(Culture, FieldDefinitionTypes.Raw),
        new FieldDefinition(Email, FieldDefinitionTypes.EmailAddress),
        new FieldDefinition(Alias, FieldDefinitionTypes.InvariantCultureIgnoreCase));
}
