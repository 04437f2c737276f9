using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace CareerCms.Browser.Tests;

/// <summary>A Management API session over real HTTP (cookies + the antiforgery header), for set-up and concurrent edits.</summary>
public sealed class ApiSession : IDisposable
{
    private const string Api = "/umbraco/management/api/v1";
    private readonly CookieContainer _cookies = new();
    private readonly HttpClient _http;
    private readonly Uri _base;

    private ApiSession(string baseUrl)
    {
        _base = new Uri(baseUrl);
        _http = new HttpClient(new HttpClientHandler { CookieContainer = _cookies }) { BaseAddress = _base };
    }

    public static async Task<ApiSession> InstallAsync(string baseUrl, string name, string email, string password)
    {
        var session = new ApiSession(baseUrl);
        await session._http.GetAsync(Api + "/security/configuration");
        var status = await session.GetAsync("/server/status");
        var path = (string?)status["serverStatus"] == "Install" ? "/install/setup" : "/security/back-office/login";
        object body = path == "/install/setup" ? new { user = new { name, email, password } } : new { username = email, password };
        await session.SendAsync(HttpMethod.Post, path, body);
        return session;
    }

    public static async Task<ApiSession> LoginAsync(string baseUrl, string email, string password)
    {
        var session = new ApiSession(baseUrl);
        await session._http.GetAsync(Api + "/security/configuration");
        await session.SendAsync(HttpMethod.Post, "/security/back-office/login", new { username = email, password });
        return session;
    }

    public async Task<JsonNode> GetAsync(string path)
    {
        var response = await _http.GetAsync(Api + path);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"GET {path}: {(int)response.StatusCode} {text}");
        return JsonNode.Parse(text)!;
    }

    public async Task<JsonNode?> SendAsync(HttpMethod method, string path, object? body = null)
    {
        using var request = new HttpRequestMessage(method, Api + path) { Content = body is null ? null : JsonContent.Create(body) };
        var token = _cookies.GetCookies(new Uri(_base, Api + "/"))["UMB-XSRF-TOKEN"]?.Value;
        if (token is not null)
        {
            request.Headers.Add("X-UMB-XSRF-TOKEN", Uri.UnescapeDataString(token));
        }

        var response = await _http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{method} {path}: {(int)response.StatusCode} {text}");
        return string.IsNullOrEmpty(text) ? null : JsonNode.Parse(text);
    }

    /// <summary>Creates a user in a built-in group (admin, editor, writer).</summary>
    public async Task CreateUserAsync(string name, string email, string password, string groupAlias)
    {
        var groups = await GetAsync("/user-group");
        var group = groups["items"]!.AsArray().First(g => (string?)g!["alias"] == groupAlias)!["id"]!.GetValue<string>();
        await SendAsync(HttpMethod.Post, "/user", new { name, email, password, userGroupIds = new[] { new { id = group } } });
    }

    public void Dispose() => _http.Dispose();
}
