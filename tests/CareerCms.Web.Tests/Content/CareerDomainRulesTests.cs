using CareerCms.Web.Content.Services;
using CareerCms.Web.Tests.Infrastructure;

namespace CareerCms.Web.Tests.Content;

/// <summary>The careers domain rules hold on every save, reported at the field, through the plugin's saving handler.</summary>
public sealed class CareerDomainRulesTests : IAsyncLifetime
{
    private static readonly Guid MlopsKey = Guid.Parse("c9ea2334-f279-43cf-9fea-489f6acde1a0");
    private CareerCmsSite _site = null!;

    public async Task InitializeAsync() => _site = await CareerCmsSite.StartAsync(uSyncFolder: StarterSiteFixture.StarterFolder);

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task Save_CareerWithMinimumAboveMaximum_FailsAtSalaryMin()
    {
        var career = (await _site.Get<ContentQueryService>().GetAsync(MlopsKey))!;
        var values = new Dictionary<string, string?>(career.Values) { ["salaryMin"] = "300000" };

        var result = await _site.Get<ContentEditingService>().SaveAsync(new DocumentSaveRequest { Key = MlopsKey, Name = career.Name, Values = values }, -1);

        Assert.Equal(ContentOperationStatus.ValidationFailed, result.Status);
        Assert.Contains(result.ValidationErrors!, e => e.Alias == "salaryMin");
        Assert.Equal("130000", (await _site.Get<ContentQueryService>().GetAsync(MlopsKey))!.Values["salaryMin"]);
    }

    [Fact]
    public async Task Save_PathFromItsOwnParentCareer_FailsAtFromCareer_AndInvertedDurationAtMin()
    {
        var path = (await _site.Get<ContentQueryService>().GetChildrenAsync(MlopsKey)).First();
        var values = new Dictionary<string, string?>(path.Values)
        {
            ["fromCareer"] = "umb://document/" + MlopsKey.ToString("N"),
            ["durationMinMonths"] = "12",
            ["durationMaxMonths"] = "6",
        };

        var result = await _site.Get<ContentEditingService>().SaveAsync(new DocumentSaveRequest { Key = path.Key, Name = path.Name, Values = values }, -1);

        Assert.Equal(ContentOperationStatus.ValidationFailed, result.Status);
        Assert.Contains(result.ValidationErrors!, e => e.Alias == "fromCareer");
        Assert.Contains(result.ValidationErrors!, e => e.Alias == "durationMinMonths");
    }

    [Fact]
    public async Task Save_SkillWhosePrerequisitesLeadBackToIt_FailsAtPrerequisites()
    {
        var skills = await _site.Get<ContentQueryService>().GetAllAsync();
        var docker = skills.Single(d => d.Name == "Docker");
        var kubernetes = skills.Single(d => d.Name == "Kubernetes"); // Kubernetes requires Docker
        var values = new Dictionary<string, string?>(docker.Values) { ["prerequisites"] = "umb://document/" + kubernetes.Key.ToString("N") };

        var result = await _site.Get<ContentEditingService>().SaveAsync(new DocumentSaveRequest { Key = docker.Key, Name = docker.Name, Values = values }, -1);

        Assert.Equal(ContentOperationStatus.ValidationFailed, result.Status);
        Assert.Contains(result.ValidationErrors!, e => e.Alias == "prerequisites");
    }
}
