using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace CareerCms.Web.Tests.DeliveryApi.Endpoints;

internal static class DeliveryApiJsonExtensions
{
    public static async Task<JsonObject> GetObjectAsync(this HttpClient client, string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"{url} -> {(int)response.StatusCode}: {body}");
        return JsonNode.Parse(body)!.AsObject();
    }

    public static IReadOnlyList<string> Names(this JsonObject page) =>
        page["items"]!.AsArray().Select(i => i!["name"]!.GetValue<string>()).ToArray();
}
