using System.Net;
using System.Text.Json.Nodes;

namespace CareerCms.Web.Tests.Backoffice;

/// <summary>The Management API's document endpoints through the real pipeline, over the starter content.</summary>
public sealed class ManagementApiTests(BackofficeSiteFixture fixture) : IClassFixture<BackofficeSiteFixture>
{
    private BackofficeClient Admin => fixture.Admin;

    [Fact]
    public async Task Tree_RootAndChildren_ArePagedAndLazy()
    {
        var root = await Admin.GetJsonAsync("/tree/document/root");
        var careers = root["items"]!.AsArray().Single(i => i!["variants"]![0]!["name"]!.GetValue<string>() == "Careers")!;
        Assert.True(careers["hasChildren"]!.GetValue<bool>());

        var page = await Admin.GetJsonAsync($"/tree/document/children?parentId={StarterContent.CareersKey}&skip=1&take=2");

        Assert.Equal(2, page["items"]!.AsArray().Count);
        Assert.True(page["total"]!.GetValue<int>() >= 5);
    }

    [Fact]
    public async Task Save_WithInvalidValues_Returns400WithErrorsPerPropertyAlias()
    {
        var career = (JsonObject)JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(StarterContent.NewCareer("Broken Career", salaryMin: 300000, salaryMax: 100000)))!;
        var values = career["values"]!.AsArray();
        values.Remove(values.Single(v => v!["alias"]!.GetValue<string>() == "summary"));

        var response = await Admin.Http.PostAsync(BackofficeClient.Api + "/document", new StringContent(career.ToJsonString(), System.Text.Encoding.UTF8, "application/json"));
        var problem = await BackofficeClient.JsonAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("ValidationFailed", problem["operationStatus"]!.GetValue<string>());
        Assert.Contains("required", problem["errors"]!["summary"]![0]!.GetValue<string>(), StringComparison.OrdinalIgnoreCase);

        // With the values otherwise valid, the careers domain rule answers at its field (it runs on every save).
        values.Add(JsonNode.Parse("""{"alias":"summary","value":"A summary"}"""));
        var second = await Admin.Http.PostAsync(BackofficeClient.Api + "/document", new StringContent(career.ToJsonString(), System.Text.Encoding.UTF8, "application/json"));
        var domain = await BackofficeClient.JsonAsync(second);
        Assert.Equal(HttpStatusCode.BadRequest, second.StatusCode);
        Assert.Contains("must not be above", domain["errors"]!["salaryMin"]![0]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TransitionPath_FromItsOwnParent_IsRefusedAtTheField()
    {
        var response = await Admin.PostAsync("/document", new
        {
            parent = new { id = StarterContent.MlopsKey },
            documentType = new { id = "4db56e1b-0ad3-457c-8313-2ff4b1b0e889" },
            variants = new[] { new { name = "Loop" } },
            values = new object[]
            {
                new { alias = "fromCareer", value = "umb://document/" + StarterContent.MlopsKey.Replace("-", "", StringComparison.Ordinal) },
                new { alias = "headline", value = "A loop" },
                new { alias = "difficulty", value = "[\"Easy\"]" },
                new { alias = "durationMinMonths", value = "9" },
                new { alias = "durationMaxMonths", value = "6" },
            },
        });
        var problem = await BackofficeClient.JsonAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull(problem["errors"]!["fromCareer"]);
        Assert.NotNull(problem["errors"]!["durationMinMonths"]);
    }

    [Fact]
    public async Task Save_BasedOnAnOutdatedDraft_Returns409WithTheOtherVersion()
    {
        var id = await fixture.CreateCareerAsync("Contested Career");
        var opened = await fixture.DraftVersionAsync(id);
        var first = await Admin.PutAsync($"/document/{id}", Update("Contested Career", "First editor's summary", opened));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);

        var second = await Admin.PutAsync($"/document/{id}", Update("Contested Career", "Second editor's summary", opened));
        var problem = await BackofficeClient.JsonAsync(second);

        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal("ConcurrencyConflict", problem["operationStatus"]!.GetValue<string>());
        var current = problem["currentDraftVersionId"]!.GetValue<int>();
        Assert.Equal(await fixture.DraftVersionAsync(id), current);
        var theirs = await Admin.GetJsonAsync($"/document-version/{current}");
        Assert.Equal("First editor's summary", BackofficeSiteFixture.Values(theirs)["summary"]);
    }

    [Fact]
    public async Task PublishRollbackTrashRestore_RoundTrip()
    {
        var id = await fixture.CreateCareerAsync("Round Trip Career");
        var original = await fixture.DraftVersionAsync(id);
        Assert.Equal(HttpStatusCode.OK, (await Admin.PutAsync($"/document/{id}", Update("Round Trip Career", "Changed summary", original))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Admin.PutAsync($"/document/{id}/publish")).StatusCode);
        Assert.Equal("Published", (await Admin.GetJsonAsync($"/document/{id}"))["variants"]![0]!["state"]!.GetValue<string>());

        var versions = await Admin.GetJsonAsync($"/document-version?documentId={id}");
        Assert.Equal(2, versions["total"]!.GetValue<int>());
        Assert.Equal(HttpStatusCode.OK, (await Admin.PostAsync($"/document-version/{original}/rollback")).StatusCode);
        var rolledBack = await Admin.GetJsonAsync($"/document/{id}");
        Assert.Equal("A short summary.", BackofficeSiteFixture.Values(rolledBack)["summary"]);
        Assert.Equal("PublishedPendingChanges", rolledBack["variants"]![0]!["state"]!.GetValue<string>());
        var history = await Admin.GetJsonAsync($"/document/{id}/audit-log");
        Assert.Contains(history["items"]!.AsArray(), e => e!["logType"]!.GetValue<string>() == "RollBack");

        Assert.Equal(HttpStatusCode.OK, (await Admin.DeleteAsync($"/document/{id}")).StatusCode);
        var bin = await Admin.GetJsonAsync("/recycle-bin/document/root");
        Assert.Contains(bin["items"]!.AsArray(), i => i!["id"]!.GetValue<string>() == id);
        Assert.Equal(HttpStatusCode.OK, (await Admin.PutAsync($"/recycle-bin/document/{id}/restore", new { target = (object?)null })).StatusCode);
        var restored = await Admin.GetJsonAsync($"/document/{id}");
        Assert.False(restored["isTrashed"]!.GetValue<bool>());
        Assert.Equal(StarterContent.CareersKey, restored["parent"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Collection_FiltersSortsAndPages()
    {
        var page = await Admin.GetJsonAsync($"/collection/document/{StarterContent.CareersKey}?filter=engineer&orderBy=name&orderDirection=Descending&take=2");

        var names = page["items"]!.AsArray().Select(i => i!["variants"]![0]!["name"]!.GetValue<string>()).ToArray();
        Assert.Equal(2, names.Length);
        Assert.True(page["total"]!.GetValue<int>() > 2);
        Assert.All(names, n => Assert.Contains("engineer", n, StringComparison.OrdinalIgnoreCase));
        Assert.True(string.Compare(names[0], names[1], StringComparison.OrdinalIgnoreCase) >= 0);
    }

    [Fact]
    public async Task MoveCopySort_ChangeTheTree()
    {
        var a = await fixture.CreateCareerAsync("Sort A");
        var b = await fixture.CreateCareerAsync("Sort B");

        var copy = await Admin.PostAsync($"/document/{a}/copy", new { target = new { id = StarterContent.CareersKey } });
        Assert.Equal(HttpStatusCode.Created, copy.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await Admin.PutAsync($"/document/{a}/move", new { target = (object?)null })).StatusCode); // career not allowed at root

        var children = await Admin.GetJsonAsync($"/tree/document/children?parentId={StarterContent.CareersKey}&take=500");
        var order = children["items"]!.AsArray().Select(i => i!["id"]!.GetValue<string>()).ToList();
        order.Remove(b);
        order.Insert(0, b);
        var sort = await Admin.PutAsync("/document/sort", new { parent = new { id = StarterContent.CareersKey }, sorting = order.Select((id, i) => new { id, sortOrder = i }) });
        Assert.Equal(HttpStatusCode.OK, sort.StatusCode);
        var first = await Admin.GetJsonAsync($"/tree/document/children?parentId={StarterContent.CareersKey}&take=1");
        Assert.Equal(b, first["items"]![0]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task UserGroup_CustomGroupWithoutPublish_IsEnforced()
    {
        var created = await Admin.PostAsync("/user-group", new
        {
            name = "Reviewers", alias = "reviewers", sections = new[] { "Umb.Section.Content" },
            fallbackPermissions = new[] { "Umb.Document.Read", "Umb.Document.Update", "Umb.Document.Rollback" }, documentRootAccess = true,
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var reviewers = await fixture.CreateUserAsync("reviewers");
        var id = await fixture.CreateCareerAsync("Reviewed Career");

        Assert.Equal(HttpStatusCode.Forbidden, (await reviewers.PostAsync("/document", StarterContent.NewCareer("Not allowed"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await reviewers.PutAsync($"/document/{id}/publish")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await reviewers.PutAsync($"/document/{id}", Update("Reviewed Career", "Reviewed", null))).StatusCode);
    }

    private static object Update(string name, string summary, int? expected) => new
    {
        variants = new[] { new { name } },
        expectedDraftVersionId = expected,
        values = new object[]
        {
            new { alias = "summary", value = summary },
            new { alias = "salaryMin", value = "100000" },
            new { alias = "salaryMax", value = "150000" },
            new { alias = "experienceLevel", value = "[\"Mid\"]" },
            new { alias = "industry", value = "[\"AI/Infrastructure\"]" },
        },
    };
}
