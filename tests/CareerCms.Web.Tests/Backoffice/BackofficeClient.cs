using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using CareerCms.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;

namespace CareerCms.Web.Tests.Backoffice;

/// <summary>
/// A browser-like client of the Management API through the real pipeline: keeps cookies and, like the UI, copies
/// the UMB-XSRF-TOKEN cookie into the X-UMB-XSRF-TOKEN header of state-changing requests (unless told not to).
/// </summary>
public sealed class BackofficeClient : IDisposable
{
    public const string Api = "/umbraco/management/api/v1";

    private readonly AntiforgeryHandler _antiforgery = new();

    public BackofficeClient(CareerCmsSite site)
    {
        Http = site.CreateDefaultClient(new Uri("http://localhost"), _antiforgery, new CookieContainerHandler());
    }

    public HttpClient Http { get; }

    /// <summary>Every Set-Cookie header seen, newest last.</summary>
    public IReadOnlyList<string> SetCookies => _antiforgery.SetCookies;

    /// <summary>Whether to send the antiforgery header.</summary>
    public bool SendAntiforgeryToken { get => _antiforgery.Enabled; set => _antiforgery.Enabled = value; }

    public static async Task<BackofficeClient> InstallAsync(CareerCmsSite site, string email = "admin@example.com", string password = "correct-horse-battery")
    {
        var client = new BackofficeClient(site);
        await client.PrimeAsync();
        var response = await client.PostAsync("/install/setup", new { user = new { name = "Admin", email, password } });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return client;
    }

    /// <summary>Signs in as the default administrator, installing it first on a site that has none yet.</summary>
    public static async Task<BackofficeClient> SignInAsync(CareerCmsSite site, string email = "admin@example.com", string password = "correct-horse-battery")
    {
        var client = new BackofficeClient(site);
        if ((await client.LoginResponseAsync(email, password)).StatusCode == HttpStatusCode.OK)
        {
            return client;
        }

        client.Dispose();
        return await InstallAsync(site, email, password);
    }

    public static async Task<BackofficeClient> LoginAsync(CareerCmsSite site, string email, string password)
    {
        var client = new BackofficeClient(site);
        var response = await client.LoginResponseAsync(email, password);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return client;
    }

    /// <summary>GETs the security configuration, which hands out an antiforgery token (as the login page does).</summary>
    public Task PrimeAsync() => Http.GetAsync(Api + "/security/configuration");

    public async Task<HttpResponseMessage> LoginResponseAsync(string email, string password)
    {
        await PrimeAsync();
        return await PostAsync("/security/back-office/login", new { username = email, password });
    }

    public Task<HttpResponseMessage> GetAsync(string path) => Http.GetAsync(Api + path);

    public Task<HttpResponseMessage> PostAsync(string path, object? body = null) => Http.PostAsJsonAsync(Api + path, body ?? new { });

    public Task<HttpResponseMessage> PutAsync(string path, object? body = null) => Http.PutAsJsonAsync(Api + path, body ?? new { });

    public Task<HttpResponseMessage> DeleteAsync(string path) => Http.DeleteAsync(Api + path);

    public async Task<JsonNode> GetJsonAsync(string path)
    {
        var response = await GetAsync(path);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"GET {path}: {(int)response.StatusCode} {text}");
        return JsonNode.Parse(text)!;
    }

    public static async Task<JsonNode> JsonAsync(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync()) ?? new JsonObject();

    public void Dispose() => Http.Dispose();

    private sealed class AntiforgeryHandler : DelegatingHandler
    {
        private string? _token;

        public bool Enabled { get; set; } = true;

        public List<string> SetCookies { get; } = [];

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (Enabled && _token is not null && request.Method != HttpMethod.Get)
            {
                request.Headers.Add("X-UMB-XSRF-TOKEN", _token);
            }

            var response = await base.SendAsync(request, cancellationToken);
            if (response.Headers.TryGetValues("Set-Cookie", out var cookies))
            {
                foreach (var cookie in cookies)
                {
                    SetCookies.Add(cookie);
                    if (cookie.StartsWith("UMB-XSRF-TOKEN=", StringComparison.Ordinal))
                    {
                        _token = Uri.UnescapeDataString(cookie["UMB-XSRF-TOKEN=".Length..].Split(';')[0]);
                    }
                }
            }

            return response;
        }
    }
}

/// <summary>Shortcuts for the starter content.</summary>
public static class StarterContent
{
    public const string CareersKey = "65a6dbb8-ff45-44ed-8ec2-ddc5cf52fa98";
    public const string MlopsKey = "c9ea2334-f279-43cf-9fea-489f6acde1a0";
    public const string CareerTypeKey = "3219cce4-018b-4e97-b2f7-6ba866ea822e";
    public const string SoftwareEngineerKey = "dfc28153-bef7-4c17-9c8c-5daa1b831253";

    /// <summary>A valid new career under Careers.</summary>
    public static object NewCareer(string name, int salaryMin = 100000, int salaryMax = 150000, string description = "<p>Hello</p>") => new
    {
        parent = new { id = CareersKey },
        documentType = new { id = CareerTypeKey },
        variants = new[] { new { name } },
        values = new object[]
        {
            new { alias = "summary", value = "A short summary." },
            new { alias = "description", value = JsonSerializer.Serialize(new { markup = description, blocks = (object?)null }) },
            new { alias = "salaryMin", value = salaryMin.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            new { alias = "salaryMax", value = salaryMax.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            new { alias = "experienceLevel", value = "[\"Mid\"]" },
            new { alias = "industry", value = "[\"AI/Infrastructure\"]" },
        },
    };
}
