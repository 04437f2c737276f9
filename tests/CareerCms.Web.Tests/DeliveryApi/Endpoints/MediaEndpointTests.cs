using System.Net;
using CareerCms.Web.Tests.Infrastructure;

namespace CareerCms.Web.Tests.DeliveryApi.Endpoints;

/// <summary>
/// The media endpoints answer as Umbraco does: 401 while the media API is disabled or not public without the key
/// (never looser than content access); once enabled, with no media library, they find nothing.
/// </summary>
public sealed class MediaEndpointTests
{
    private const string Media = "/umbraco/delivery/api/v2/media";
    private static readonly string[] Endpoints =
        [Media + "?fetch=children:/", $"{Media}/item/{Guid.Empty}", Media + "/item/images/logo.png", $"{Media}/items?id={Guid.Empty}"];

    private static Task<CareerCmsSite> StartAsync(params (string Key, string Value)[] settings)
    {
        var all = StarterSiteFixture.Settings;
        foreach (var (key, value) in settings)
        {
            all[key] = value;
        }

        return CareerCmsSite.StartAsync(settings: all);
    }

    [Fact]
    public async Task EveryMediaEndpoint_WhileTheMediaApiIsDisabled_Is401ProblemDetails()
    {
        await using var site = await StartAsync();
        var client = site.CreateClient();

        foreach (var url in Endpoints)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.Add("Api-Key", "test-key");
            using var response = await client.SendAsync(request);
            Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, url);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        }
    }

    [Fact]
    public async Task EnabledMediaApi_FindsNothing_AndAQueryWithoutChildrenIs400()
    {
        await using var site = await StartAsync(("Umbraco:CMS:DeliveryApi:Media:Enabled", "true"));
        var client = site.CreateClient();

        var page = await client.GetObjectAsync(Media + "?fetch=children:/");
        var noFetch = await client.GetObjectAsync(Media + "?fetch=descendants:/", HttpStatusCode.BadRequest);
        var items = await client.GetStringAsync($"{Media}/items?id={Guid.Empty}");

        Assert.Equal(0, page["total"]!.GetValue<long>());
        Assert.Equal("Selector option not found", noFetch["title"]!.GetValue<string>());
        Assert.Equal("[]", items);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"{Media}/item/{Guid.Empty}")).StatusCode);
    }

    [Fact]
    public async Task PublicMediaApi_UnderANonPublicDeliveryApi_StillNeedsTheKey()
    {
        await using var site = await StartAsync(
            ("Umbraco:CMS:DeliveryApi:PublicAccess", "false"),
            ("Umbraco:CMS:DeliveryApi:Media:Enabled", "true"),
            ("Umbraco:CMS:DeliveryApi:Media:PublicAccess", "true"));
        var client = site.CreateClient();
        using var keyed = new HttpRequestMessage(HttpMethod.Get, Media + "?fetch=children:/");
        keyed.Headers.Add("Api-Key", "test-key");

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync(Media + "?fetch=children:/")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(keyed)).StatusCode);
    }

    [Fact]
    public async Task NonPublicMediaApi_NeedsTheKey()
    {
        await using var site = await StartAsync(
            ("Umbraco:CMS:DeliveryApi:Media:Enabled", "true"),
            ("Umbraco:CMS:DeliveryApi:Media:PublicAccess", "false"));
        var client = site.CreateClient();
        using var keyed = new HttpRequestMessage(HttpMethod.Get, Media + "?fetch=children:/");
        keyed.Headers.Add("Api-Key", "test-key");

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync(Media + "?fetch=children:/")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(keyed)).StatusCode);
    }
}
