using CareerCms.Web.DeliveryApi.Output.Expansion;

namespace CareerCms.Web.Tests.DeliveryApi.Output;

public class OutputExpansionTests
{
    [Fact]
    public void Parse_WhenNested_BuildsTreeUnderRoot()
    {
        var expansion = OutputExpansion.Parse("properties[author[properties[picture,name]],tags]");

        var top = Assert.Single(expansion.Root.Children);
        Assert.Equal("properties", top.Key);
        Assert.Equal(["author", "tags"], top.Children.Select(c => c.Key));
        Assert.Equal("properties[picture,name]", top.Children[0].Children.Single().ToString());
    }

    [Fact]
    public void Parse_WhenKeysHaveWhitespace_KeepsThemRaw()
    {
        var expansion = OutputExpansion.Parse("properties[ title,Title]");

        Assert.Equal([" title", "Title"], expansion.Root.Children.Single().Children.Select(c => c.Key));
    }

    [Theory]
    [InlineData("properties[a")]
    [InlineData("properties[a]]")]
    [InlineData("[properties]")]
    [InlineData("properties[]")]
    [InlineData("properties[a,b[]]")]
    [InlineData("a]b[c")]
    public void Parse_WhenMalformed_ThrowsTypedFormatException(string value)
    {
        var exception = Assert.Throws<OutputExpansionFormatException>(() => OutputExpansion.Parse(value));

        Assert.Equal(value, exception.Value);
        Assert.IsAssignableFrom<ArgumentException>(exception);
    }

    [Fact]
    public void Defaults_WhenParametersAbsent_ExpandNothingAndIncludeEverything()
    {
        var scope = OutputExpansionScope.ForItem(OutputExpansion.ParseExpand(null), OutputExpansion.ParseFields(null));

        Assert.True(scope.Includes("anything"));
        Assert.False(scope.ForProperty("anything").IsExpanding);
    }

    [Fact]
    public void Lookup_WhenAliasNotWrappedInProperties_SelectsNothing()
    {
        var scope = OutputExpansionScope.ForItem(OutputExpansion.Parse("author"), OutputExpansion.Parse("title"));

        Assert.False(scope.Includes("title"));
        Assert.False(scope.ForProperty("author").IsExpanding);
    }

    [Fact]
    public void Lookup_WhenPropertiesWrapperNamesAliases_SelectsThoseOnly()
    {
        var scope = OutputExpansionScope.ForItem(OutputExpansion.Parse("properties[author]"), OutputExpansion.Parse("properties[title,author]"));

        Assert.True(scope.Includes("title"));
        Assert.False(scope.Includes("summary"));
        Assert.True(scope.ForProperty("author").IsExpanding);
        Assert.False(scope.ForProperty("title").IsExpanding);
    }

    [Fact]
    public void Lookup_WhenAllInsideProperties_ReachesOneLevelOnly()
    {
        var scope = OutputExpansionScope.ForItem(OutputExpansion.Parse("properties[$all]"), OutputExpansion.All);

        var author = scope.ForProperty("author");
        Assert.True(author.IsExpanding);
        Assert.False(author.ForProperty("picture").IsExpanding);
    }

    [Fact]
    public void Lookup_WhenNestedAll_ReachesTwoLevels()
    {
        var scope = OutputExpansionScope.ForItem(OutputExpansion.Parse("properties[$all[properties[$all]]]"), OutputExpansion.All);

        Assert.True(scope.ForProperty("author").ForProperty("picture").IsExpanding);
        Assert.False(scope.ForProperty("author").ForProperty("picture").ForProperty("x").IsExpanding);
    }

    [Fact]
    public void Lookup_WhenNestedNamedPath_FollowsOnlyThatPath()
    {
        var scope = OutputExpansionScope.ForItem(OutputExpansion.Parse("properties[author[properties[picture]]]"), OutputExpansion.All);

        var author = scope.ForProperty("author");
        Assert.True(author.ForProperty("picture").IsExpanding);
        Assert.False(author.ForProperty("other").IsExpanding);
    }

    [Fact]
    public void Lookup_WhenFieldsNodeHasNoChildren_IncludesEverythingBelow()
    {
        var scope = OutputExpansionScope.ForItem(OutputExpansion.None, OutputExpansion.Parse("properties[author]"));

        Assert.True(scope.ForProperty("author").Includes("anything"));
    }

    [Fact]
    public void ParseFields_WhenEmptyString_ExcludesEveryProperty()
    {
        var scope = OutputExpansionScope.ForItem(OutputExpansion.None, OutputExpansion.ParseFields(string.Empty));

        Assert.False(scope.Includes("title"));
    }
}
