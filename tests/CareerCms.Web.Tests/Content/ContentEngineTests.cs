using CareerCms.Web.Content.Published;
using CareerCms.Web.Content.Services;
using CareerCms.Web.Tests.Composition;
using CareerCms.Web.Tests.Infrastructure;

namespace CareerCms.Web.Tests.Content;

/// <summary>The content engine against a real database; run once per engine by the sealed subclasses.</summary>
public abstract partial class ContentEngineTests(TestDatabaseKind kind) : IAsyncLifetime
{
    private CareerCmsSite _site = null!;

    protected CareerCmsSite Site => _site;

    protected ContentEditingService Editing => Site.Get<ContentEditingService>();

    protected ContentPublishingService Publishing => Site.Get<ContentPublishingService>();

    protected ContentStructureService Structure => Site.Get<ContentStructureService>();

    protected ContentRecycleBinService RecycleBin => Site.Get<ContentRecycleBinService>();

    protected ContentQueryService Query => Site.Get<ContentQueryService>();

    protected PublishedContentCache Published => Site.Get<PublishedContentCache>();

    protected NotificationRecorder Recorder => Site.Get<NotificationRecorder>();

    public async Task InitializeAsync()
    {
        _site = await CareerCmsSite.StartAsync(kind);
        await TestSchema.InstallAsync(_site);
    }

    public async Task DisposeAsync() => await _site.DisposeAsync();

    protected Task<Guid> CreateAsync(string alias, string name, Guid? parent = null, string? title = "A title", string? count = null) =>
        TestSchema.CreateAsync(Site, alias, name, parent, title, count);

    protected async Task PublishAsync(Guid key, bool descendants = false, bool unpublished = false)
    {
        var result = await Publishing.PublishAsync(key, -1, descendants, unpublished);
        Assert.True(result.Succeeded, $"{result.Status}: {string.Join("; ", result.Messages ?? [])}");
    }
}

public sealed class ContentEngineSqliteTests() : ContentEngineTests(TestDatabaseKind.Sqlite);

public sealed class ContentEnginePostgreSqlTests() : ContentEngineTests(TestDatabaseKind.PostgreSql);
