using System.Text.Json.Nodes;
using CareerCms.Web.Content.Services;
using CareerCms.Web.Tests.Infrastructure;

namespace CareerCms.Web.Tests.DeliveryApi.Endpoints;

/// <summary>Preview shows the latest drafts as soon as a save returns, while published answers keep the published version.</summary>
public sealed class PreviewTests : IAsyncLifetime
{
    private const string Api = "/umbraco/delivery/api/v2/content";
    private static readonly Guid MlopsKey = Guid.Parse("c9ea2334-f279-43cf-9fea-489f6acde1a0");
    private CareerCmsSite _site = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _site = await CareerCmsSite.StartAsync(uSyncFolder: StarterSiteFixture.StarterFolder, settings: StarterSiteFixture.Settings);
        _client = _site.CreateClient();
    }

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task DraftSave_ShowsInPreviewAtOnce_ButNotInPublishedAnswers()
    {
        Assert.Equal("MLOps Engineer", await PreviewNameAsync());

        var document = (await _site.Get<ContentQueryService>().GetAsync(MlopsKey))!;
        var saved = await _site.Get<ContentEditingService>().SaveAsync(
            new DocumentSaveRequest { Key = MlopsKey, Name = "MLOps Engineer (draft)", Values = new Dictionary<string, string?>(document.Values) }, -1);
        Assert.True(saved.Succeeded);

        Assert.Equal("MLOps Engineer (draft)", await PreviewNameAsync());
        Assert.Equal("MLOps Engineer", (await _client.GetObjectAsync($"{Api}/item/{MlopsKey}"))["name"]!.GetValue<string>());

        var skills = Guid.Parse("51b25973-3d37-4139-9e30-c24e4719eb0d");
        var sibling = (await _site.Get<ContentQueryService>().GetChildrenAsync(skills))[0];
        var child = await _site.Get<ContentEditingService>().SaveAsync(
            new DocumentSaveRequest { ParentKey = skills, ContentTypeAlias = "skill", Name = "Draft child", Values = new Dictionary<string, string?>(sibling.Values) }, -1);
        Assert.True(child.Succeeded, child.Status.ToString());
        Assert.Equal("Draft child", (await PreviewAsync($"{Api}/item/{child.Document!.Key}"))["name"]!.GetValue<string>());
    }

    private async Task<string> PreviewNameAsync() => (await PreviewAsync($"{Api}/item/{MlopsKey}"))["name"]!.GetValue<string>();

    private async Task<JsonNode> PreviewAsync(string url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("Preview", "true");
        request.Headers.Add("Api-Key", "test-key");
        using var response = await _client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{url} -> {(int)response.StatusCode}: {body}");
        return JsonNode.Parse(body)!;
    }
}
