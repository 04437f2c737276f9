using CareerCms.Plugin.DeliveryApi.Filters;
using CareerCms.Plugin.DeliveryApi.Selectors;
using CareerCms.Plugin.DeliveryApi.Sorts;
using CareerCms.Plugin.Tests.Support;
using Umbraco.Cms.Core;
using Umbraco.Cms.Core.DeliveryApi;

namespace CareerCms.Plugin.Tests.DeliveryApi;

public sealed class CareerQueryHandlerTests
{
    private static readonly Guid Mlops = Guid.Parse("c9ea2334-f279-43cf-9fea-489f6acde1a0");
    private static readonly TableKeyResolver Keys = new(new Dictionary<string, Guid> { ["/mlops-engineer/"] = Mlops });

    [Theory]
    [InlineData("industry:AI/Infrastructure", true)]
    [InlineData("INDUSTRY:x", true)]
    [InlineData("industries:x", false)]
    [InlineData("experienceLevel:Mid", false)]
    public void IndustryFilter_CanHandle_MatchesPrefixIgnoringCase(string query, bool expected) =>
        Assert.Equal(expected, new IndustryFilter().CanHandle(query));

    [Fact]
    public void KeywordFilter_WhenCommaList_ValuesAreOredWithIs()
    {
        var option = new IndustryFilter().BuildFilterOption("industry:AI/Infrastructure, Software Development");

        Assert.Equal("industry", option.FieldName);
        Assert.Equal(["AI/Infrastructure", "Software Development"], option.Values);
        Assert.Equal(FilterOperation.Is, option.Operator);
    }

    [Fact]
    public void KeywordFilter_WhenBang_ExcludesWithIsNot()
    {
        var option = new DifficultyFilter().BuildFilterOption("difficulty:!Hard,Easy");

        Assert.Equal("difficulty", option.FieldName);
        Assert.Equal(["Hard", "Easy"], option.Values);
        Assert.Equal(FilterOperation.IsNot, option.Operator);
    }

    [Fact]
    public void ExperienceLevelFilter_BuildsOnExperienceLevelField() =>
        Assert.Equal("experienceLevel", new ExperienceLevelFilter().BuildFilterOption("experienceLevel:Mid-Senior").FieldName);

    [Fact]
    public void FromCareerFilter_WhenIdsAndPaths_ResolvesEachAndDropsUnknown()
    {
        var other = Guid.NewGuid();
        var option = new FromCareerFilter(Keys).BuildFilterOption($"fromCareer:/mlops-engineer/,{other},/nowhere/");

        Assert.Equal("fromCareer", option.FieldName);
        Assert.Equal([Mlops.ToString("D"), other.ToString("D")], option.Values);
        Assert.Equal(FilterOperation.Is, option.Operator);
    }

    [Fact]
    public void FromCareerFilter_WhenNothingResolves_ValuesAreEmpty() =>
        Assert.Empty(new FromCareerFilter(Keys).BuildFilterOption("fromCareer:/nowhere/").Values);

    [Theory]
    [InlineData("salaryMin>100000", FilterOperation.GreaterThan, "100000")]
    [InlineData("salaryMin>:100000", FilterOperation.GreaterThanOrEqual, "100000")]
    [InlineData("salaryMin<100000", FilterOperation.LessThan, "100000")]
    [InlineData("SALARYMIN<:100000", FilterOperation.LessThanOrEqual, "100000")]
    [InlineData("salaryMin:130000", FilterOperation.Is, "130000")]
    [InlineData("salaryMin:!130000", FilterOperation.IsNot, "130000")]
    public void SalaryMinFilter_ParsesUmbracoDateFilterOperators(string query, FilterOperation op, string value)
    {
        var filter = new SalaryMinFilter();

        Assert.True(filter.CanHandle(query));
        var option = filter.BuildFilterOption(query);
        Assert.Equal("salaryMin", option.FieldName);
        Assert.Equal(op, option.Operator);
        Assert.Equal([value], option.Values);
    }

    [Theory]
    [InlineData("salaryMax>5")]
    [InlineData("salaryMinimum>5")]
    [InlineData("salaryMin")]
    public void SalaryMinFilter_WhenOtherOptionOrSyntax_DoesNotHandle(string query) =>
        Assert.False(new SalaryMinFilter().CanHandle(query));

    [Fact]
    public void SalaryMinFilter_WhenGreaterOrEqualsSign_PassesTheValueOnForTheQueryToRefuse()
    {
        // Umbraco's syntax is ">:"; ">=" reads as ">" with the value "=5", which is not a whole number (400).
        var option = new SalaryMinFilter().BuildFilterOption("salaryMin>=5");

        Assert.Equal((FilterOperation.GreaterThan, "=5"), (option.Operator, Assert.Single(option.Values)));
    }

    [Fact]
    public void SalaryMaxAndPathCountFilters_BuildOnTheirFields()
    {
        Assert.Equal("salaryMax", new SalaryMaxFilter().BuildFilterOption("salaryMax<:200000").FieldName);
        var pathCount = new PathCountFilter().BuildFilterOption("pathCount>2");
        Assert.Equal(("pathCount", FilterOperation.GreaterThan), (pathCount.FieldName, pathCount.Operator));
        Assert.Equal(FilterOperation.GreaterThanOrEqual, new PathCountFilter().BuildFilterOption("pathCount>:3").Operator);
    }

    [Theory]
    [InlineData("salaryMin:asc", "salaryMin", Direction.Ascending)]
    [InlineData("salaryMax:DESC", "salaryMax", Direction.Descending)]
    [InlineData("growthRate:Ascending", "growthRate", Direction.Ascending)]
    [InlineData("pathCount:desc", "pathCount", Direction.Descending)]
    [InlineData("Engagement:descending", "engagement", Direction.Descending)]
    [InlineData("durationMinMonths:asc", "durationMinMonths", Direction.Ascending)]
    public void Sorts_ParseDirectionIgnoringCase(string query, string field, Direction direction)
    {
        ISortHandler[] sorts = [new SalaryMinSort(), new SalaryMaxSort(), new GrowthRateSort(), new PathCountSort(), new EngagementSort(), new DurationMinMonthsSort()];

        var handler = Assert.Single(sorts, s => s.CanHandle(query));
        var option = handler.BuildSortOption(query);

        Assert.Equal((field, direction), (option.FieldName, option.Direction));
    }

    [Theory]
    [InlineData("salaryMin:up")]
    [InlineData("salaryMin")]
    [InlineData("salaryMinimum:asc")]
    public void Sort_WhenDirectionOrNameIsWrong_DoesNotHandle(string query) => Assert.False(new SalaryMinSort().CanHandle(query));

    [Fact]
    public void TransitionsToSelector_SelectsTheCareersChildrenByPath()
    {
        var selector = new TransitionsToSelector(Keys);

        Assert.True(selector.CanHandle("TRANSITIONSTO:/mlops-engineer/"));
        var option = selector.BuildSelectorOption("transitionsTo:/mlops-engineer/");
        Assert.Equal(("parentId", Mlops.ToString("D")), (option.FieldName, Assert.Single(option.Values)));
    }

    [Fact]
    public void TransitionsFromSelector_SelectsPathsByFromCareer()
    {
        var option = new TransitionsFromSelector(Keys).BuildSelectorOption($"transitionsFrom:{Mlops}");

        Assert.Equal(("fromCareer", Mlops.ToString("D")), (option.FieldName, Assert.Single(option.Values)));
    }

    [Fact]
    public void RelatedCareersSelector_SelectsThePickedCareersByItemId()
    {
        var content = new FakeCareerContentReader();
        var (first, second) = (Guid.NewGuid(), Guid.NewGuid());
        content.Careers[Mlops] = new CareerCms.Plugin.Careers.CareerDetails(Mlops, "MLOps Engineer", null, null, null, null, null, null, [], [first, second]);

        var option = new RelatedCareersSelector(Keys, content).BuildSelectorOption("relatedCareers:/mlops-engineer/");

        Assert.Equal("itemId", option.FieldName);
        Assert.Equal([first.ToString("D"), second.ToString("D")], option.Values);
    }

    [Theory]
    [InlineData("transitionsTo:/nowhere/")]
    [InlineData("transitionsTo:")]
    [InlineData("relatedCareers:/nowhere/")]
    public void Selectors_WhenCareerIsUnknown_SelectNothing(string query)
    {
        ISelectorHandler[] selectors = [new TransitionsToSelector(Keys), new RelatedCareersSelector(Keys, new FakeCareerContentReader())];

        Assert.Empty(selectors.Single(s => s.CanHandle(query)).BuildSelectorOption(query).Values);
    }
}
