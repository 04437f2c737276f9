using CareerCms.Search.Model;

namespace CareerCms.Search.Tests.Model;

public sealed class ValueSetTests
{
    [Fact]
    public void FromValues_WhenValueIsASequence_MakesSeveralValuesAndDropsNulls()
    {
        var valueSet = ValueSet.FromValues("1", "content", "career", new Dictionary<string, object?>
        {
            ["skills"] = new object?[] { "python", null, "sql" },
            ["nodeName"] = "Data Engineer",
            ["missing"] = null,
        });

        Assert.Equal(["python", "sql"], valueSet.GetValues("skills"));
        Assert.Equal("Data Engineer", valueSet.GetValue("nodeName"));
        Assert.False(valueSet.Values.ContainsKey("missing"));
    }

    [Theory]
    [InlineData("NUMBER", FieldDefinitionTypes.Integer)]
    [InlineData("date", FieldDefinitionTypes.DateTime)]
    [InlineData("FullTextSortable", FieldDefinitionTypes.FullTextSortable)]
    public void FieldDefinition_WhenTypeUsesAliasOrCase_IsNormalized(string type, string expected) =>
        Assert.Equal(expected, new FieldDefinition("f", type).Type);

    [Fact]
    public void FieldDefinition_WhenTypeUnknown_Throws() =>
        Assert.Throws<ArgumentException>(() => new FieldDefinition("f", "geo"));
}
