using CareerCms.Search.Model;
using CareerCms.Search.Validation;
using CareerCms.Web.Search.Indexing;

namespace CareerCms.Web.Tests.Search;

public sealed class ContentIndexingUnitTests
{
    [Fact]
    public void RankingSignals_CountPublishedPathsAndSumTheirEngagement()
    {
        var career = new RankedItem(1, Guid.NewGuid(), "career", new Dictionary<string, string?>());
        RankedItem[] children =
        [
            new(2, Guid.NewGuid(), "transitionPath", new Dictionary<string, string?> { ["engagementBaseline"] = "217" }),
            new(3, Guid.NewGuid(), "transitionPath", new Dictionary<string, string?> { ["engagementBaseline"] = "-4" }),
            new(4, Guid.NewGuid(), "somethingElse", new Dictionary<string, string?> { ["engagementBaseline"] = "99" }),
        ];

        var signals = new ContentRankingSignals();

        Assert.Equal(new RankingSignals(2, 217), signals.GetSignals(career, children));
        Assert.Equal(new RankingSignals(0, 217), signals.GetSignals(children[0], []));
    }

    [Theory]
    [InlineData(true, "-1,5,6", "y", ValueSetValidationStatus.Valid)]
    [InlineData(true, "-1,5,6", "n", ValueSetValidationStatus.Failed)]
    [InlineData(true, "-1,-20,6", "y", ValueSetValidationStatus.Filtered)]
    [InlineData(false, "-1,-20,6", "n", ValueSetValidationStatus.Valid)]
    [InlineData(false, null, "y", ValueSetValidationStatus.Failed)]
    public void Validator_FollowsUmbracosContentRules(bool publishedOnly, string? path, string published, ValueSetValidationStatus expected)
    {
        var values = new Dictionary<string, object?> { ["__Published"] = published, ["path"] = path };

        var result = new ContentValueSetValidator(publishedOnly).Validate(ValueSet.FromValues("6", "content", "page", values));

        Assert.Equal(expected, result.Status);
    }

    [Theory]
    [InlineData("nodeName_en-us", "nodeName", true)]
    [InlineData("updateDate_da", "updateDate", true)]
    [InlineData("search_body", null, false)]
    [InlineData("requiredSkills.items[0].skill", null, false)]
    public void FieldDefinitions_MapCultureFieldsOntoTheirBase(string field, string? baseField, bool defined)
    {
        var definitions = new UmbracoFieldDefinitionCollection(withCareerSearch: true);
        definitions.TryAdd(new FieldDefinition("nodeName", FieldDefinitionTypes.FullTextSortable));

        Assert.Equal(defined, definitions.TryGetValue(field, out var definition));
        Assert.Equal(baseField, defined ? definition.Name : null);
    }

    [Fact]
    public void FieldDefinitions_CultureLookupsFollowADefinitionAddedLater()
    {
        var definitions = new UmbracoFieldDefinitionCollection(withCareerSearch: false);
        var before = definitions.TryGetValue("summary_en-us", out _);

        definitions.TryAdd(new FieldDefinition("summary", FieldDefinitionTypes.FullTextSortable));

        Assert.False(before);
        Assert.True(definitions.TryGetValue("summary_en-us", out var after));
        Assert.Equal("summary", after.Name);
    }

    [Fact]
    public void FieldDefinitions_TypeUmbracosAndTheSearchFields()
    {
        var definitions = new UmbracoFieldDefinitionCollection(withCareerSearch: true);

        Assert.Equal(FieldDefinitionTypes.Integer, Type(definitions, "parentID"));
        Assert.Equal(FieldDefinitionTypes.DateTime, Type(definitions, "createDate"));
        Assert.Equal(FieldDefinitionTypes.Raw, Type(definitions, "__Path"));
        Assert.Equal(FieldDefinitionTypes.InvariantCultureIgnoreCase, Type(definitions, "__Key"));
        Assert.Equal(FieldDefinitionTypes.Raw, Type(definitions, CareerSearchFieldNames.Industry));
        Assert.Equal(FieldDefinitionTypes.Integer, Type(definitions, CareerSearchFieldNames.SalaryMin));
        Assert.False(new UmbracoFieldDefinitionCollection(withCareerSearch: false).TryGetValue(CareerSearchFieldNames.Industry, out _));
    }

    [Theory]
    [InlineData("umb://document/c337f547a34b46e6abeab9a468480ce3", "c337f547-a34b-46e6-abea-b9a468480ce3")]
    [InlineData("not a udi", "00000000-0000-0000-0000-000000000000")]
    public void PickerUdis_AreReadFast(string udi, string key) => Assert.Equal(Guid.Parse(key), PropertyIndexValues.KeyOf(udi));

    private static string? Type(FieldDefinitionCollection definitions, string field) =>
        definitions.TryGetValue(field, out var definition) ? definition.Type : null;
}
