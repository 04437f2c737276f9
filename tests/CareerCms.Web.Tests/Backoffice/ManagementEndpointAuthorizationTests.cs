using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;

namespace CareerCms.Web.Tests.Backoffice;

/// <summary>
/// Every Management API endpoint the running site maps (read from its <see cref="EndpointDataSource"/>, so a new
/// endpoint is covered without editing this file): anonymous calls get 401 except the documented install/login
/// ones, and a Writer gets 403 on every state-changing endpoint, both for a missing verb or section (a Writer with
/// root access) and for a node outside their start node (a Writer whose start node is another career).
/// </summary>
public sealed class ManagementEndpointAuthorizationTests(BackofficeSiteFixture fixture) : IClassFixture<BackofficeSiteFixture>
{
    private const string ApiPrefix = "umbraco/management/api/v1/";

    /// <summary>Umbraco's anonymous endpoints: the login page's configuration, the install check, login and install.</summary>
    private static readonly HashSet<string> Anonymous = new(StringComparer.Ordinal)
    {
        "GET server/status",
        "GET security/configuration",
        "POST security/back-office/login",
        "POST install/setup",
    };

    /// <summary>State-changing endpoints every signed-in user may call on themselves.</summary>
    private static readonly HashSet<string> SelfService = new(StringComparer.Ordinal)
    {
        "POST security/back-office/logout",
        "POST user/current/change-password",
    };

    /// <summary>What a Writer (Browse, Create, Update) may do where they have root access: create and edit drafts.</summary>
    private static readonly HashSet<string> WriterVerbs = new(StringComparer.Ordinal)
    {
        "POST document",
        "PUT document/{id:guid}",
    };

    [Fact]
    public void EndpointDataSource_ListsTheManagementApiIncludingFeatureAndPluginEndpoints()
    {
        var keys = ManagementEndpoints().Select(e => e.Key).ToHashSet(StringComparer.Ordinal);

        // The ones the brief names: schedule (publish with publishSchedules), schema editing, Examine, uSync, webhooks, the plugin.
        Assert.Contains("PUT document/{id:guid}/publish", keys);
        Assert.Contains("PUT document-type/{id:guid}", keys);
        Assert.Contains("PUT data-type/{id:guid}", keys);
        Assert.Contains("POST indexer/{indexName}/rebuild", keys);
        Assert.Contains("POST usync/import", keys);
        Assert.Contains("POST webhook", keys);
        Assert.Contains("GET career-cms/path-counts", keys);
        Assert.Contains("GET career-cms/transition-paths/{id:guid}/skill-gap", keys);
        Assert.True(keys.Count > 60, $"Only {keys.Count} management endpoints found: {string.Join(", ", keys)}");
    }

    [Fact]
    public async Task EveryEndpoint_WhenAnonymous_Returns401_ExceptInstallAndLogin()
    {
        using var anonymous = new BackofficeClient(fixture.Site);
        await anonymous.PrimeAsync(); // a valid anonymous antiforgery token, so 401 is about authentication alone

        var wrong = new List<string>();
        foreach (var endpoint in ManagementEndpoints().Where(e => !Anonymous.Contains(e.Key)))
        {
            var response = await SendAsync(anonymous, endpoint);
            if (response.StatusCode != HttpStatusCode.Unauthorized)
            {
                wrong.Add($"{endpoint.Key}: {(int)response.StatusCode}");
            }
        }

        Assert.True(wrong.Count == 0, "Anonymous calls not refused with 401:\n" + string.Join("\n", wrong));
    }

    [Fact]
    public async Task EveryStateChangingEndpoint_ForAWriterWithoutThePermission_Returns403()
    {
        using var writer = await fixture.CreateUserAsync("writer");

        var wrong = await NotForbiddenAsync(writer, ManagementEndpoints().Where(e => e.ChangesState && !Anonymous.Contains(e.Key) && !SelfService.Contains(e.Key) && !WriterVerbs.Contains(e.Key)));

        Assert.True(wrong.Count == 0, "A Writer's calls not refused with 403:\n" + string.Join("\n", wrong));
    }

    [Fact]
    public async Task EveryStateChangingEndpoint_ForAWriterOutsideTheirStartNode_Returns403()
    {
        using var writer = await fixture.CreateUserAsync("writer", startNode: Guid.Parse(StarterContent.SoftwareEngineerKey));

        var wrong = await NotForbiddenAsync(writer, ManagementEndpoints().Where(e => e.ChangesState && !Anonymous.Contains(e.Key) && !SelfService.Contains(e.Key)));

        Assert.True(wrong.Count == 0, "Calls outside the Writer's start node not refused with 403:\n" + string.Join("\n", wrong));
    }

    [Fact]
    public async Task DocumentReads_OutsideTheStartNode_Return403()
    {
        using var writer = await fixture.CreateUserAsync("writer", startNode: Guid.Parse(StarterContent.SoftwareEngineerKey));
        var reads = ManagementEndpoints().Where(e => !e.ChangesState && ReadsADocument(e)).ToArray();

        var wrong = await NotForbiddenAsync(writer, reads);

        Assert.NotEmpty(reads);
        Assert.True(wrong.Count == 0, "Reads outside the Writer's start node not refused with 403:\n" + string.Join("\n", wrong));
    }

    private async Task<List<string>> NotForbiddenAsync(BackofficeClient client, IEnumerable<ManagementEndpoint> endpoints)
    {
        var wrong = new List<string>();
        foreach (var endpoint in endpoints)
        {
            var response = await SendAsync(client, endpoint);
            if (response.StatusCode != HttpStatusCode.Forbidden)
            {
                var body = await response.Content.ReadAsStringAsync();
                wrong.Add($"{endpoint.Key}: {(int)response.StatusCode} {body[..Math.Min(body.Length, 300)]}");
            }
        }

        return wrong;
    }

    // Reads of one document (or its versions, history, children) by id or query; schema reads stay open to every backoffice user.
    private static bool ReadsADocument(ManagementEndpoint endpoint) =>
        endpoint.Route.StartsWith("document/", StringComparison.Ordinal)
        || endpoint.Route.StartsWith("document-version", StringComparison.Ordinal)
        || endpoint.Route.StartsWith("collection/document/", StringComparison.Ordinal)
        || endpoint.Route is "tree/document/children" or "tree/document/ancestors";

    private async Task<HttpResponseMessage> SendAsync(BackofficeClient client, ManagementEndpoint endpoint)
    {
        var path = "/" + await FillAsync(endpoint) + Query(endpoint.Route);
        using var request = new HttpRequestMessage(new HttpMethod(endpoint.Method), path);
        if (endpoint.ChangesState)
        {
            var body = endpoint.Key == "PUT document-type/{id:guid}"
                ? (await fixture.Admin.GetJsonAsync($"/document-type/{StarterContent.CareerTypeKey}"))["definition"]!.ToJsonString()
                : JsonSerializer.Serialize(Body(endpoint));
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        return await client.Http.SendAsync(request);
    }

    // The whole path with real ids, so that a 403 is not a 404 in disguise: the target is the starter's MLOps Engineer career.
    private async Task<string> FillAsync(ManagementEndpoint endpoint)
    {
        var route = endpoint.Route;
        var segments = new List<string>();
        foreach (var segment in endpoint.Pattern.PathSegments)
        {
            var text = new StringBuilder();
            foreach (var part in segment.Parts)
            {
                text.Append(part switch
                {
                    RoutePatternLiteralPart literal => literal.Content,
                    RoutePatternParameterPart parameter => await ValueAsync(route, parameter),
                    RoutePatternSeparatorPart separator => separator.Content,
                    _ => throw new InvalidOperationException($"Unknown route part in {route}"),
                });
            }

            segments.Add(text.ToString());
        }

        return string.Join('/', segments);
    }

    private async Task<string> ValueAsync(string route, RoutePatternParameterPart parameter)
    {
        return (parameter.Name, route) switch
        {
            ("id", _) when route.StartsWith("document-version/", StringComparison.Ordinal) => (await fixture.DraftVersionAsync(StarterContent.MlopsKey)).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ("id", _) when route.StartsWith("document-type/", StringComparison.Ordinal) => StarterContent.CareerTypeKey,
            ("id", _) when route.StartsWith("data-type/", StringComparison.Ordinal) => await FirstIdAsync("/tree/data-type/root"),
            ("id", _) when route.StartsWith("user-group/", StringComparison.Ordinal) => await FirstIdAsync("/user-group"),
            ("id", _) when route.StartsWith("user/", StringComparison.Ordinal) => await FirstIdAsync("/user"),
            ("id", _) when route.StartsWith("career-cms/transition-paths/", StringComparison.Ordinal) => await TransitionPathIdAsync(),
            ("id", _) when route.StartsWith("document/", StringComparison.Ordinal)
                || route.StartsWith("recycle-bin/document/", StringComparison.Ordinal)
                || route.StartsWith("collection/document/", StringComparison.Ordinal) => StarterContent.MlopsKey,
            ("id", _) when route.StartsWith("webhook/", StringComparison.Ordinal) => Guid.NewGuid().ToString("D"),
            ("indexName", _) => "ExternalIndex",
            ("searcherName", _) => "ExternalSearcher",
            _ => throw new InvalidOperationException($"No sample value for '{parameter.Name}' in {route}: add one here."),
        };
    }

    private static string Query(string route) => route switch
    {
        "tree/document/children" or "recycle-bin/document/children" => $"?parentId={StarterContent.MlopsKey}",
        "tree/document/ancestors" => $"?descendantId={StarterContent.MlopsKey}",
        "document-version" => $"?documentId={StarterContent.MlopsKey}",
        "item/document" => $"?id={StarterContent.MlopsKey}",
        "item/document/search" => "?query=MLOps",
        _ => "",
    };

    // Plausible bodies: the request must reach the permission check, not fail binding.
    private static object Body(ManagementEndpoint endpoint) => endpoint.Key switch
    {
        "POST document" => StarterContent.NewCareer("Not allowed"),
        "PUT document/{id:guid}" => new { variants = new[] { new { name = "Renamed" } }, values = Array.Empty<object>() },
        "PUT document/{id:guid}/move" or "POST document/{id:guid}/copy" or "PUT recycle-bin/document/{id:guid}/restore" =>
            new { target = new { id = StarterContent.CareersKey } },
        "PUT document/sort" => new { parent = new { id = StarterContent.CareersKey }, sorting = new[] { new { id = StarterContent.MlopsKey, sortOrder = 0 } } },
        "POST user" => new { name = "x", email = "x@example.com", password = "0123456789abc" },
        "POST user-group" or "PUT user-group/{id:guid}" => new { name = "x", alias = "x", sections = Array.Empty<string>(), permissions = Array.Empty<string>() },
        "POST webhook" or "PUT webhook/{id:guid}" => new { url = "https://example.com/hook", events = new[] { "Umbraco.ContentPublish" }, enabled = true },
        _ => new { },
    };

    private async Task<string> FirstIdAsync(string path)
    {
        var json = await fixture.Admin.GetJsonAsync(path);
        var items = json is System.Text.Json.Nodes.JsonArray array ? array : json["items"]!.AsArray();
        return items[0]!["id"]!.GetValue<string>();
    }

    private async Task<string> TransitionPathIdAsync()
    {
        var found = await fixture.Admin.GetJsonAsync("/item/document/search?query=MLOps&take=50");
        return found["items"]!.AsArray().Select(i => i!["id"]!.GetValue<string>()).FirstOrDefault(id => id != StarterContent.MlopsKey) ?? StarterContent.MlopsKey;
    }

    private IReadOnlyList<ManagementEndpoint> ManagementEndpoints()
    {
        var source = fixture.Site.Get<EndpointDataSource>();
        var result = new List<ManagementEndpoint>();
        foreach (var endpoint in source.Endpoints.OfType<RouteEndpoint>())
        {
            var raw = endpoint.RoutePattern.RawText?.TrimStart('/') ?? "";
            if (!raw.StartsWith(ApiPrefix, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var route = raw[ApiPrefix.Length..].Trim('/').Replace("//", "/", StringComparison.Ordinal);
            var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"];
            result.AddRange(methods.Select(m => new ManagementEndpoint(m, route, endpoint.RoutePattern)));
        }

        return result.DistinctBy(e => e.Key).OrderBy(e => e.Key, StringComparer.Ordinal).ToArray();
    }

    private sealed record ManagementEndpoint(string Method, string Route, RoutePattern Pattern)
    {
        public string Key => $"{Method} {Route}";

        public bool ChangesState => Method is not ("GET" or "HEAD" or "OPTIONS");
    }
}
