using CareerCms.Plugin.Careers;
using CareerCms.Plugin.DeliveryApi;
using CareerCms.Plugin.DeliveryApi.Indexing;
using CareerCms.Plugin.Notifications;
using CareerCms.Plugin.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Umbraco.Cms.Core.DeliveryApi;
using Umbraco.Cms.Core.Models;

namespace CareerCms.Plugin.Tests.DeliveryApi;

public sealed class CareerIndexHandlerTests
{
    private static readonly Guid SoftwareEngineerKey = Guid.Parse("dfc28153-bef7-4c17-9c8c-5daa1b831253");
    private readonly FakeCareerContentReader _content = new();

    [Fact]
    public void GetFields_DeclaresKeywordAndNumberFields_NoneVaryByCulture()
    {
        var fields = Handler().GetFields().ToDictionary(f => f.FieldName, f => f.FieldType);

        Assert.Equal(FieldType.StringRaw, fields[CareerIndexFields.Industry]);
        Assert.Equal(FieldType.StringRaw, fields[CareerIndexFields.ExperienceLevel]);
        Assert.Equal(FieldType.StringRaw, fields[CareerIndexFields.Difficulty]);
        Assert.Equal(FieldType.StringRaw, fields[CareerIndexFields.FromCareer]);
        foreach (var number in new[] { "salaryMin", "salaryMax", "growthRate", "jobZone", "pathCount", "outgoingPathCount", "durationMinMonths", "engagement" })
        {
            Assert.Equal(FieldType.Number, fields[number]);
        }

        Assert.Equal(12, fields.Count);
        Assert.All(Handler().GetFields(), f => Assert.False(f.VariesByCulture));
    }

    [Fact]
    public void GetFieldValues_WhenPublishedCareer_UnwrapsDropdownsAndReadsIntegers()
    {
        var content = CoreContentBuilder.Career()
            .Published("industry", """["AI/Infrastructure"]""")
            .Published("experienceLevel", """["Mid-Senior"]""")
            .Published("salaryMin", "130000")
            .Published("salaryMax", "220000")
            .Published("growthRate", "50")
            .Published("jobZone", "4")
            .Build();

        var values = Values(content);

        Assert.Equal("AI/Infrastructure", Assert.Single(values["industry"]));
        Assert.Equal("Mid-Senior", Assert.Single(values["experienceLevel"]));
        Assert.Equal(130000, Assert.Single(values["salaryMin"]));
        Assert.Equal(220000, Assert.Single(values["salaryMax"]));
        Assert.Equal(50, Assert.Single(values["growthRate"]));
        Assert.Equal(4, Assert.Single(values["jobZone"]));
    }

    [Fact]
    public void GetFieldValues_WhenCareerHasPaths_PathCountsComeFromTheStore()
    {
        var target = _content.AddCareer("MLOps Engineer");
        var background = _content.AddCareer("Software Engineer");
        _content.AddPath(target.Key, background.Key, TransitionDifficulty.Moderate);
        _content.AddPath(target.Key, background.Key, TransitionDifficulty.Hard);
        var handler = Handler();

        var targetValues = Values(CoreContentBuilder.Career().WithKey(target.Key).Published("jobZone", "4").Build(), handler);
        var backgroundValues = Values(CoreContentBuilder.Career().WithKey(background.Key).Published("jobZone", "4").Build(), handler);

        Assert.Equal(2, Assert.Single(targetValues["pathCount"]));
        Assert.Equal(0, Assert.Single(targetValues["outgoingPathCount"]));
        Assert.Equal(0, Assert.Single(backgroundValues["pathCount"]));
        Assert.Equal(2, Assert.Single(backgroundValues["outgoingPathCount"]));
    }

    [Fact]
    public void GetFieldValues_WhenCareerIsNotPublished_PathCountsAreZero()
    {
        var values = Values(CoreContentBuilder.Career().Draft("industry", """["AI/Infrastructure"]""").Build());

        Assert.Equal(0, Assert.Single(values["pathCount"]));
        Assert.Equal(0, Assert.Single(values["outgoingPathCount"]));
        Assert.Equal("AI/Infrastructure", Assert.Single(values["industry"]));
    }

    [Fact]
    public void GetFieldValues_WhenPublishedCareerHasPendingDraft_IndexesThePublishedValues()
    {
        var content = CoreContentBuilder.Career()
            .Published("salaryMin", "130000")
            .Draft("salaryMin", "1")
            .Published("industry", """["AI/Infrastructure"]""")
            .Draft("industry", """["Software Development"]""")
            .Build();

        var values = Values(content);

        Assert.Equal(130000, Assert.Single(values["salaryMin"]));
        Assert.Equal("AI/Infrastructure", Assert.Single(values["industry"]));
    }

    [Fact]
    public void GetFieldValues_WhenTransitionPath_ReadsPickerDifficultyDurationAndEngagement()
    {
        var pathKey = Guid.NewGuid();
        var content = CoreContentBuilder.TransitionPath()
            .WithKey(pathKey)
            .Published("fromCareer", "umb://document/dfc28153bef74c179c8c5daa1b831253")
            .Published("difficulty", """["Moderate"]""")
            .Published("durationMinMonths", "6")
            .Published("engagementBaseline", "217")
            .Build();

        var values = Values(content, Handler(new Dictionary<Guid, long> { [pathKey] = 5 }));

        Assert.Equal(SoftwareEngineerKey.ToString("D"), Assert.Single(values["fromCareer"]));
        Assert.Equal("Moderate", Assert.Single(values["difficulty"]));
        Assert.Equal(6, Assert.Single(values["durationMinMonths"]));
        Assert.Equal(222, Assert.Single(values["engagement"]));
        Assert.False(values.ContainsKey("pathCount"));
    }

    [Fact]
    public void GetFieldValues_WhenValuesAreEmpty_EmitsNoKeywordOrMeasureFields()
    {
        var values = Values(CoreContentBuilder.TransitionPath().Published("headline", "A headline").Build());

        Assert.Equal(["engagement"], values.Keys);
        Assert.Equal(0, Assert.Single(values["engagement"]));
    }

    [Fact]
    public void GetFieldValues_WhenOtherDocumentType_EmitsNothing()
    {
        Assert.Empty(Handler().GetFieldValues(CoreContentBuilder.Of("skill").Published("learningHours", "120").Build(), null));
    }

    private CareerIndexHandler Handler(IReadOnlyDictionary<Guid, long>? starts = null) =>
        new(new PathCountSynchronizer(new PathCountStore(), _content, NullLogger<PathCountSynchronizer>.Instance), new FixedStartStore(starts));

    private Dictionary<string, object[]> Values(IContent content, CareerIndexHandler? handler = null) =>
        (handler ?? Handler()).GetFieldValues(content, null).ToDictionary(v => v.FieldName, v => v.Values.ToArray());
}
