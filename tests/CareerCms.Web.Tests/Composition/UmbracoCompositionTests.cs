using CareerCms.Web.Content.Services;
using CareerCms.Web.Tests.Infrastructure;
using Umbraco.Cms.Core.DeliveryApi;

namespace CareerCms.Web.Tests.Composition;

public sealed class UmbracoCompositionTests
{
    [Fact]
    public async Task Start_WhenTestAssemblyHasComposer_ComposerRunsInHost()
    {
        await using var site = await CareerCmsSite.StartAsync();
        Assert.NotNull(site.Get<TestComposerMarker>());
    }

    [Fact]
    public async Task Start_WhenTestAssemblyHasFilterHandler_HandlerIsInFilterCollection()
    {
        await using var site = await CareerCmsSite.StartAsync();
        var filters = site.Get<FilterHandlerCollection>();
        var handler = filters.FirstOrDefault(h => h.CanHandle("testOnly:x"));
        Assert.IsType<TestOnlyFilterHandler>(handler);
        Assert.Equal("testOnly", handler.BuildFilterOption("testOnly:abc").FieldName);
    }

    [Fact]
    public async Task Start_PluginComposer_RegistersCareerCms()
    {
        await using var site = await CareerCmsSite.StartAsync();
        Assert.NotNull(site.Services.GetService(typeof(CareerCms.Plugin.Composing.CareerCmsBuilderExtensions).Assembly
            .GetType("CareerCms.Plugin.Composing.CareerCmsBuilderExtensions+CareerCmsMarker")!));
    }

    [Fact]
    public async Task Publish_WhenTestHandlerCancels_PublishIsStoppedWithItsMessage()
    {
        await using var site = await CareerCmsSite.StartAsync();
        await TestSchema.InstallAsync(site);
        var folder = await TestSchema.CreateAsync(site, "folder", "Folder [blocked]", null);

        var result = await site.Get<ContentPublishingService>().PublishAsync(folder, -1);

        Assert.Equal(ContentOperationStatus.CancelledByNotification, result.Status);
        Assert.Contains(BlockedNamePublishingHandler.Message, result.Messages!);
        var stored = await site.Get<ContentQueryService>().GetAsync(folder);
        Assert.False(stored!.Published);
        Assert.Null(stored.PublishedVersionId);
    }
}
