using CareerCms.Web.Content.Schema;
using CareerCms.Web.Content.Services;

namespace CareerCms.Web.Tests.Infrastructure;

/// <summary>A small schema for engine tests: "folder" at root holding "page"s; pages hold pages.</summary>
public static class TestSchema
{
    public static readonly Guid TextKey = Guid.Parse("00000000-0000-0000-0000-0000000000a1");
    public static readonly Guid CountKey = Guid.Parse("00000000-0000-0000-0000-0000000000a2");
    public static readonly Guid FolderKey = Guid.Parse("00000000-0000-0000-0000-0000000000b1");
    public static readonly Guid PageKey = Guid.Parse("00000000-0000-0000-0000-0000000000b2");

    public static async Task InstallAsync(CareerCmsSite site)
    {
        DataTypeDefinition[] dataTypes =
        [
            new() { Key = TextKey, Name = "Short text", EditorAlias = "Umbraco.TextBox", ConfigJson = """{"maxChars":40}""" },
            new() { Key = CountKey, Name = "Count 0-10", EditorAlias = "Umbraco.Integer", ConfigJson = """{"min":0,"max":10}""" },
        ];
        ContentTypeDefinition[] contentTypes =
        [
            new()
            {
                Key = FolderKey, Alias = "folder", Name = "Folder", AllowAtRoot = true,
                AllowedChildren = [new ContentTypeReference(PageKey, "page")],
            },
            new()
            {
                Key = PageKey, Alias = "page", Name = "Page",
                AllowedChildren = [new ContentTypeReference(PageKey, "page")],
                Properties =
                [
                    new() { Key = Guid.NewGuid(), Alias = "title", Name = "Title", DataTypeKey = TextKey, EditorAlias = "Umbraco.TextBox", Mandatory = true },
                    new() { Key = Guid.NewGuid(), Alias = "count", Name = "Count", DataTypeKey = CountKey, EditorAlias = "Umbraco.Integer" },
                ],
            },
        ];
        var problems = await site.Get<SchemaService>().SaveAsync(dataTypes, contentTypes);
        Assert.Empty(problems);
    }

    public static async Task<Guid> CreateAsync(CareerCmsSite site, string alias, string name, Guid? parent, string? title = "A title", string? count = null)
    {
        var values = new Dictionary<string, string?>();
        if (alias == "page")
        {
            values["title"] = title;
            values["count"] = count;
        }

        var result = await site.Get<ContentEditingService>().SaveAsync(
            new DocumentSaveRequest { ParentKey = parent, ContentTypeAlias = alias, Name = name, Values = values }, -1);
        Assert.True(result.Succeeded, $"{result.Status}: {string.Join("; ", result.Messages ?? [])} {string.Join("; ", result.ValidationErrors?.Select(e => e.Alias + ": " + e.Message) ?? [])}");
        return result.Document!.Key;
    }
}
