using CareerCms.Web.Composition;
using CareerCms.Web.Content.Schema;
using CareerCms.Web.Content.Services;

// Usage: CareerCms.CrashHarness <connection string> <provider name> <data dir> seed <count>
//        CareerCms.CrashHarness <connection string> <provider name> <data dir> publish
// Prints "STARTED" when the long operation begins and "COMMITTED" when it has committed.
var (connectionString, provider, dataDir, command) = (args[0], args[1], args[2], args[3]);
var builder = Host.CreateApplicationBuilder();
builder.Configuration["ConnectionStrings:umbracoDbDSN"] = connectionString;
builder.Configuration["ConnectionStrings:umbracoDbDSN_ProviderName"] = provider;
builder.Configuration["CareerCms:DataDirectory"] = dataDir;
builder.Logging.ClearProviders();
builder.Services.AddCareerCmsRuntime(builder.Configuration, builder.Environment);
builder.Services.AddUmbracoComposition(builder.Configuration, typeof(CareerCmsStartup).Assembly).Build();
using var host = builder.Build();
await host.Services.GetRequiredService<CareerCmsStartup>().RunAsync(CancellationToken.None);

if (command == "seed")
{
    var count = int.Parse(args[4], System.Globalization.CultureInfo.InvariantCulture);
    await CrashHarnessContent.SeedAsync(host.Services, count);
    Console.WriteLine("SEEDED");
    return 0;
}

var root = (await host.Services.GetRequiredService<ContentQueryService>().GetChildrenAsync(null)).Single();
Console.WriteLine("STARTED");
var result = await host.Services.GetRequiredService<ContentPublishingService>().PublishAsync(root.Key, -1, true, true);
Console.WriteLine(result.Succeeded ? "COMMITTED" : "FAILED " + result.Status);
return result.Succeeded ? 0 : 1;

/// <summary>Seeds a folder with many pages for the crash tests.</summary>
internal static class CrashHarnessContent
{
    public static async Task SeedAsync(IServiceProvider services, int count)
    {
        var textKey = Guid.NewGuid();
        var folderKey = Guid.NewGuid();
        var pageKey = Guid.NewGuid();
        var problems = await services.GetRequiredService<SchemaService>().SaveAsync(
            [new DataTypeDefinition { Key = textKey, Name = "Text", EditorAlias = "Umbraco.TextBox" }],
            [
                new ContentTypeDefinition { Key = folderKey, Alias = "folder", Name = "Folder", AllowAtRoot = true, AllowedChildren = [new(pageKey, "page")] },
                new ContentTypeDefinition
                {
                    Key = pageKey, Alias = "page", Name = "Page",
                    Properties = [new() { Key = Guid.NewGuid(), Alias = "title", Name = "Title", DataTypeKey = textKey, EditorAlias = "Umbraco.TextBox" }],
                },
            ]);
        if (problems.Count > 0)
        {
            throw new InvalidOperationException(string.Join("; ", problems));
        }

        var editing = services.GetRequiredService<ContentEditingService>();
        var folder = await editing.SaveAsync(new DocumentSaveRequest { ContentTypeAlias = "folder", Name = "Folder" }, -1);
        for (var i = 0; i < count; i++)
        {
            await editing.SaveAsync(
                new DocumentSaveRequest
                {
                    ParentKey = folder.Document!.Key, ContentTypeAlias = "page", Name = $"Page {i}",
                    Values = new Dictionary<string, string?> { ["title"] = $"Title {i}" },
                },
                -1);
        }
    }
}
