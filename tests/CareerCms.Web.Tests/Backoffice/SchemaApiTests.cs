using System.Net;
using System.Text.Json.Nodes;

namespace CareerCms.Web.Tests.Backoffice;

/// <summary>
/// Settings through the real pipeline: document type edits (tabs, properties, structure) with validation per field,
/// the confirmation before values are deleted and what a confirmed removal does to stored, published and indexed
/// content, and data type configuration edits.
/// </summary>
public sealed class SchemaApiTests(BackofficeSiteFixture fixture) : IClassFixture<BackofficeSiteFixture>
{
    private const string TextstringKey = "22133954-1ae9-4d09-ab29-0b3802e2bab1";
    private const string ImportanceKey = "63428aeb-deb4-405a-9f0c-65125247831d";
    private const string DifficultyKey = "54968238-ee20-4902-8c48-a637504de9b4";

    private BackofficeClient Admin => fixture.Admin;

    [Fact]
    public async Task UpdateDocumentType_WithEveryStarterTypeSentBackUnchanged_Succeeds()
    {
        var types = await Admin.GetJsonAsync("/tree/document-type/root");

        foreach (var type in types.AsArray())
        {
            var id = type!["id"]!.GetValue<string>();
            var definition = await DefinitionAsync(id);
            var response = await Admin.PutAsync($"/document-type/{id}", definition);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{type["alias"]}: {await response.Content.ReadAsStringAsync()}");
        }
    }

    [Fact]
    public async Task UpdateDocumentType_AddingATabAndAProperty_ServesItToTheContentWorkspaceAndSaves()
    {
        var definition = await DefinitionAsync(StarterContent.CareerTypeKey);
        definition["tabs"]!.AsArray().Add(Tab("SEO", "seo", "Tab", 50));
        definition["properties"]!.AsArray().Add(Property("Meta title", "metaTitle", TextstringKey, "seo", regex: "^.{0,60}$"));

        var response = await Admin.PutAsync($"/document-type/{StarterContent.CareerTypeKey}", definition);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var type = await Admin.GetJsonAsync($"/document-type/{StarterContent.CareerTypeKey}");
        var added = type["allProperties"]!.AsArray().Single(p => p!["property"]!["alias"]!.GetValue<string>() == "metaTitle")!;
        Assert.Equal("Umbraco.TextBox", added["property"]!["editorAlias"]!.GetValue<string>());
        Assert.Equal("SEO", added["property"]!["tabCaption"]!.GetValue<string>());
        Assert.Equal("Textstring", added["dataType"]!["name"]!.GetValue<string>());
        Assert.Contains(type["allTabs"]!.AsArray(), t => t!["alias"]!.GetValue<string>() == "seo");

        var career = (JsonObject)JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(StarterContent.NewCareer("Search Engineer")))!;
        career["values"]!.AsArray().Add(JsonNode.Parse("""{"alias":"metaTitle","value":"Search Engineer careers"}"""));
        var created = await Admin.Http.PostAsync(BackofficeClient.Api + "/document", new StringContent(career.ToJsonString(), System.Text.Encoding.UTF8, "application/json"));
        var body = await BackofficeClient.JsonAsync(created);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("Search Engineer careers", BackofficeSiteFixture.Values(body)["metaTitle"]);

        // The regular expression set on the property is enforced on save.
        career["variants"]![0]!["name"] = "Too Long Meta";
        career["values"]!.AsArray().Last()!["value"] = new string('x', 61);
        var refused = await Admin.Http.PostAsync(BackofficeClient.Api + "/document", new StringContent(career.ToJsonString(), System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.NotNull((await BackofficeClient.JsonAsync(refused))["errors"]!["metaTitle"]);
    }

    [Theory]
    [InlineData("summary", "DuplicatePropertyTypeAlias")]
    [InlineData("SUMMARY", "DuplicatePropertyTypeAlias")]
    [InlineData("name", "InvalidPropertyTypeAlias")]
    [InlineData("children", "InvalidPropertyTypeAlias")]
    [InlineData("2fast", "InvalidPropertyTypeAlias")]
    [InlineData("career", "PropertyTypeAliasCannotEqualContentTypeAlias")]
    public async Task UpdateDocumentType_WithABadPropertyAlias_Returns400AtThatProperty(string alias, string status)
    {
        var definition = await DefinitionAsync(StarterContent.CareerTypeKey);
        var properties = definition["properties"]!.AsArray();
        properties.Add(Property("Added", alias, TextstringKey, "content"));

        var response = await Admin.PutAsync($"/document-type/{StarterContent.CareerTypeKey}", definition);
        var problem = await BackofficeClient.JsonAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(status, problem["operationStatus"]!.GetValue<string>());
        Assert.NotNull(problem["errors"]![$"properties[{properties.Count - 1}].alias"]);
        Assert.DoesNotContain((await DefinitionAsync(StarterContent.CareerTypeKey))["properties"]!.AsArray(), p => p!["name"]!.GetValue<string>() == "Added");
    }

    [Fact]
    public async Task UpdateDocumentType_WithAMissingDataTypeTabOrABrokenRegex_Returns400AtEachField()
    {
        var definition = await DefinitionAsync(StarterContent.CareerTypeKey);
        var properties = definition["properties"]!.AsArray();
        properties.Add(Property("No data type", "noDataType", Guid.NewGuid().ToString(), "content"));
        properties.Add(Property("No tab", "noTab", TextstringKey, "nowhere"));
        properties.Add(Property("Broken regex", "brokenRegex", TextstringKey, "content", regex: "([a-z"));
        definition["name"] = " ";
        definition["alias"] = "renamedCareer";

        var response = await Admin.PutAsync($"/document-type/{StarterContent.CareerTypeKey}", definition);
        var errors = (await BackofficeClient.JsonAsync(response))["errors"]!.AsObject();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var n = properties.Count;
        Assert.True(errors.ContainsKey($"properties[{n - 3}].dataType"), errors.ToJsonString());
        Assert.True(errors.ContainsKey($"properties[{n - 2}].tab"), errors.ToJsonString());
        Assert.True(errors.ContainsKey($"properties[{n - 1}].validationRegExp"), errors.ToJsonString());
        Assert.True(errors.ContainsKey("name"), errors.ToJsonString());
        Assert.True(errors.ContainsKey("alias"), errors.ToJsonString());
    }

    [Fact]
    public async Task UpdateDocumentType_RemovingAPropertyWithValues_AsksFirstThenRemovesTheValuesEverywhere()
    {
        await AddPropertyAsync("Tagline", "tagline");
        var id = await CreateWithAsync("Tagline Career", "tagline", "The first tagline");
        var firstVersion = await fixture.DraftVersionAsync(id);
        Assert.Equal(HttpStatusCode.OK, (await Admin.PutAsync($"/document/{id}/publish")).StatusCode);
        var empty = await fixture.CreateCareerAsync("Career Without Tagline");

        var definition = await DefinitionAsync(StarterContent.CareerTypeKey);
        var properties = definition["properties"]!.AsArray();
        properties.Remove(properties.Single(p => p!["alias"]!.GetValue<string>() == "tagline"));
        var asked = await Admin.PutAsync($"/document-type/{StarterContent.CareerTypeKey}", definition);
        var problem = await BackofficeClient.JsonAsync(asked);

        Assert.Equal(HttpStatusCode.Conflict, asked.StatusCode);
        Assert.Equal("PropertyHasValues", problem["operationStatus"]!.GetValue<string>());
        var atRisk = Assert.Single(problem["propertiesWithValues"]!.AsArray())!;
        Assert.Equal(("tagline", 1), (atRisk["alias"]!.GetValue<string>(), atRisk["documents"]!.GetValue<int>()));
        Assert.Equal("The first tagline", BackofficeSiteFixture.Values(await Admin.GetJsonAsync($"/document/{id}"))["tagline"]);
        Assert.Equal("The first tagline", fixture.Site.Get<CareerCms.Web.Content.Published.PublishedContentCache>().Get(Guid.Parse(id))!.Values["tagline"]);

        var confirmed = await Admin.PutAsync($"/document-type/{StarterContent.CareerTypeKey}?confirmDataLoss=true", definition);

        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.False(BackofficeSiteFixture.Values(await Admin.GetJsonAsync($"/document/{id}")).ContainsKey("tagline"));
        Assert.False(BackofficeSiteFixture.Values(await Admin.GetJsonAsync($"/document-version/{firstVersion}")).ContainsKey("tagline"));
        Assert.False(BackofficeSiteFixture.Values(await Admin.GetJsonAsync($"/document/{empty}")).ContainsKey("tagline"));
        var published = fixture.Site.Get<CareerCms.Web.Content.Published.PublishedContentCache>().Get(Guid.Parse(id))!;
        Assert.False(published.Values.ContainsKey("tagline"));
        using var delivery = fixture.Site.CreateClient();
        var item = JsonNode.Parse(await delivery.GetStringAsync($"/umbraco/delivery/api/v2/content/item/{id}"))!;
        Assert.Null(item["properties"]!["tagline"]);
        Assert.Equal("A short summary.", item["properties"]!["summary"]!.GetValue<string>());
    }

    [Fact]
    public async Task UpdateDocumentType_RenamingAPropertyAlias_MovesItsValues()
    {
        await AddPropertyAsync("Motto", "motto");
        var id = await CreateWithAsync("Motto Career", "motto", "Ship it");

        var definition = await DefinitionAsync(StarterContent.CareerTypeKey);
        definition["properties"]!.AsArray().Single(p => p!["alias"]!.GetValue<string>() == "motto")!["alias"] = "slogan";
        var response = await Admin.PutAsync($"/document-type/{StarterContent.CareerTypeKey}", definition);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var values = BackofficeSiteFixture.Values(await Admin.GetJsonAsync($"/document/{id}"));
        Assert.Equal("Ship it", values["slogan"]);
        Assert.False(values.ContainsKey("motto"));
    }

    [Fact]
    public async Task UpdateDocumentType_StructureAndGroupRename_AreSaved()
    {
        var definition = await DefinitionAsync(StarterContent.CareerTypeKey);
        definition["name"] = "Career (occupation)";
        definition["icon"] = "icon-user";
        definition["allowAtRoot"] = true;
        definition["tabs"]!.AsArray().Single(t => t!["alias"]!.GetValue<string>() == "facts")!["caption"] = "Key facts";

        var response = await Admin.PutAsync($"/document-type/{StarterContent.CareerTypeKey}", definition);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var saved = await DefinitionAsync(StarterContent.CareerTypeKey);
        Assert.Equal(("Career (occupation)", "icon-user", true), (saved["name"]!.GetValue<string>(), saved["icon"]!.GetValue<string>(), saved["allowAtRoot"]!.GetValue<bool>()));
        Assert.All(saved["properties"]!.AsArray().Where(p => (string?)p!["tabAlias"] == "facts"), p => Assert.Equal("Key facts", p!["tabCaption"]!.GetValue<string>()));
        var atRoot = await Admin.GetJsonAsync("/document-type/allowed-at-root");
        Assert.Contains(atRoot.AsArray(), t => t!["id"]!.GetValue<string>() == StarterContent.CareerTypeKey);
    }

    [Fact]
    public async Task UpdateDataType_WithAnInvalidConfigurationOrADuplicateName_Returns400AtTheField()
    {
        var invalid = await Admin.PutAsync($"/data-type/{ImportanceKey}", new { name = "Importance 1-5", configuration = new { min = 5, max = 1, step = 1 } });
        var problem = await BackofficeClient.JsonAsync(invalid);
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Equal("InvalidConfiguration", problem["operationStatus"]!.GetValue<string>());
        Assert.NotNull(problem["errors"]!["configuration.max"]);

        var duplicate = await Admin.PutAsync($"/data-type/{ImportanceKey}", new { name = "textstring", configuration = new { min = 1, max = 5, step = 1 } });
        Assert.Equal(HttpStatusCode.BadRequest, duplicate.StatusCode);
        Assert.NotNull((await BackofficeClient.JsonAsync(duplicate))["errors"]!["name"]);

        var items = await Admin.PutAsync($"/data-type/{DifficultyKey}", new { name = "Difficulty", configuration = new { items = new[] { "Easy", "Easy" }, multiple = false } });
        Assert.Equal(HttpStatusCode.BadRequest, items.StatusCode);
        Assert.NotNull((await BackofficeClient.JsonAsync(items))["errors"]!["configuration.items"]);
    }

    [Fact]
    public async Task UpdateDataType_WithAValidConfiguration_IsUsedByTheNextSave()
    {
        var response = await Admin.PutAsync($"/data-type/{ImportanceKey}", new { name = "Importance 1-3", configuration = new { min = 1, max = 3, step = 1 } });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var saved = await Admin.GetJsonAsync($"/data-type/{ImportanceKey}");
        Assert.Equal(("Importance 1-3", 3), (saved["name"]!.GetValue<string>(), saved["configuration"]!["max"]!.GetValue<int>()));
    }

    [Fact]
    public async Task SchemaEdits_WithoutTheSettingsSection_Return403()
    {
        var editor = await fixture.CreateUserAsync("editor");
        var definition = await DefinitionAsync(StarterContent.CareerTypeKey);

        Assert.Equal(HttpStatusCode.Forbidden, (await editor.PutAsync($"/document-type/{StarterContent.CareerTypeKey}", definition)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.PutAsync($"/data-type/{TextstringKey}", new { name = "Textstring", configuration = new { maxChars = 10 } })).StatusCode);
    }

    private async Task<JsonObject> DefinitionAsync(string id) => (JsonObject)(await Admin.GetJsonAsync($"/document-type/{id}"))["definition"]!.DeepClone();

    private async Task AddPropertyAsync(string name, string alias)
    {
        var definition = await DefinitionAsync(StarterContent.CareerTypeKey);
        definition["properties"]!.AsArray().Add(Property(name, alias, TextstringKey, "content"));
        var response = await Admin.PutAsync($"/document-type/{StarterContent.CareerTypeKey}", definition);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    private async Task<string> CreateWithAsync(string name, string alias, string value)
    {
        var career = (JsonObject)JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(StarterContent.NewCareer(name)))!;
        career["values"]!.AsArray().Add(new JsonObject { ["alias"] = alias, ["value"] = value });
        var created = await Admin.Http.PostAsync(BackofficeClient.Api + "/document", new StringContent(career.ToJsonString(), System.Text.Encoding.UTF8, "application/json"));
        var body = await BackofficeClient.JsonAsync(created);
        Assert.True(created.StatusCode == HttpStatusCode.Created, body.ToJsonString());
        return body["id"]!.GetValue<string>();
    }

    private static JsonObject Tab(string caption, string alias, string type, int sortOrder) => new()
    {
        ["key"] = Guid.Empty.ToString(), ["caption"] = caption, ["alias"] = alias, ["type"] = type, ["sortOrder"] = sortOrder,
    };

    private static JsonObject Property(string name, string alias, string dataType, string tab, string? regex = null) => new()
    {
        ["key"] = Guid.Empty.ToString(),
        ["name"] = name,
        ["alias"] = alias,
        ["dataTypeKey"] = dataType,
        ["editorAlias"] = "",
        ["tabAlias"] = tab,
        ["sortOrder"] = 100,
        ["validationRegExp"] = regex,
    };
}
