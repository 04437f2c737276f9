using System.Net;
using CareerCms.Web.Tests.Infrastructure;

namespace CareerCms.Web.Tests.DeliveryApi.Endpoints;

/// <summary>
/// <c>Umbraco:CMS:Global:HideTopLevelNodeFromPath=false</c> and <c>Umbraco:CMS:RequestHandler:AddTrailingSlash=false</c>
/// through the real pipeline: paths then start with the root's segment, routes stay root-relative without the
/// trailing slash.
/// </summary>
public sealed class RoutingSettingsTests : IAsyncLifetime
{
    private const string Api = "/umbraco/delivery/api/v2/content";
    private CareerCmsSite _site = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        var settings = StarterSiteFixture.Settings;
        settings["Umbraco:CMS:Global:HideTopLevelNodeFromPath"] = "false";
        settings["Umbraco:CMS:RequestHandler:AddTrailingSlash"] = "false";
        _site = await CareerCmsSite.StartAsync(uSyncFolder: StarterSiteFixture.StarterFolder, settings: settings);
        _client = _site.CreateClient();
    }

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Theory]
    [InlineData("careers/mlops-engineer")]
    [InlineData("/careers/mlops-engineer/")]
    public async Task ItemByPath_WithTopLevelShown_NeedsTheRootSegment_AndRoutesStayRootRelative(string path)
    {
        var item = await _client.GetObjectAsync($"{Api}/item/{path}");

        Assert.Equal("/mlops-engineer", item["route"]!["path"]!.GetValue<string>());
        Assert.Equal("careers", item["route"]!["startItem"]!["path"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync($"{Api}/item/mlops-engineer")).StatusCode);
    }

    [Fact]
    public async Task Root_HasRouteSlash_AndDeeperRoutesHaveNoTrailingSlash()
    {
        var root = await _client.GetObjectAsync($"{Api}/item/careers");
        var path = await _client.GetObjectAsync($"{Api}/item/careers/mlops-engineer/software-engineer-to-mlops-engineer");

        Assert.Equal("/", root["route"]!["path"]!.GetValue<string>());
        Assert.Equal("/mlops-engineer/software-engineer-to-mlops-engineer", path["route"]!["path"]!.GetValue<string>());
    }

    [Fact]
    public async Task StartItem_MakesPathsRelativeToItsRoot_WhateverTheSetting()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{Api}/item/mlops-engineer");
        request.Headers.Add("Start-Item", "careers");

        Assert.Equal(HttpStatusCode.OK, (await _client.SendAsync(request)).StatusCode);
    }

    [Fact]
    public async Task FetchPaths_StartWithTheRootSegment()
    {
        var page = await _client.GetObjectAsync($"{Api}?fetch=children:/careers/mlops-engineer&take=0");

        Assert.Equal(3, page["total"]!.GetValue<long>());
    }
}
