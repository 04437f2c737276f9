using System.Text.Json.Nodes;
using CareerCms.Web.Content.Editors;
using CareerCms.Web.DeliveryApi.Output;
using CareerCms.Web.Tests.DeliveryApi.Output.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CareerCms.Web.Tests.DeliveryApi.Output;

public class DeliveryApiPropertyRendererRegistryTests
{
    [Fact]
    public void AddDeliveryApiOutput_CoversEveryEditorOfTheCatalog()
    {
        using var site = new OutputTestSite();

        Assert.Empty(site.Registry.FindEditorsWithoutRenderer(EditorCatalog.Aliases));
        Assert.Equal(["Acme.StarRating"], site.Registry.FindEditorsWithoutRenderer([.. EditorCatalog.Aliases, "Acme.StarRating"]));
    }

    [Fact]
    public void Resolve_WhenHostRendererRegisteredAfterBuiltIns_HostRendererWins()
    {
        using var site = new OutputTestSite(services: services =>
            services.AddDeliveryApiOutput().AddSingleton<IDeliveryApiPropertyRenderer, ShoutingTextRenderer>());

        Assert.Equal("HELLO", (string?)site.RenderCareerProperty("summary", "hello"));
    }

    [Fact]
    public void Resolve_WhenHostRendererHandlesUnknownEditor_IsNoLongerReported()
    {
        using var site = new OutputTestSite(services: services => services.AddSingleton<IDeliveryApiPropertyRenderer, StarRatingRenderer>());

        Assert.Equal(4, (int)site.RenderCareerProperty("rating", "4")!);
        Assert.Empty(site.Registry.UnhandledEditorsSeen);
    }

    [Fact]
    public void AddDeliveryApiOutput_WhenCalledTwice_RegistersBuiltInsOnce()
    {
        var once = new ServiceCollection().AddDeliveryApiOutput();
        var twice = new ServiceCollection().AddDeliveryApiOutput().AddDeliveryApiOutput();

        var renderers = once.Count(d => d.ServiceType == typeof(IDeliveryApiPropertyRenderer));
        Assert.True(renderers >= 18, $"{renderers} built-in renderers");
        Assert.Equal(renderers, twice.Count(d => d.ServiceType == typeof(IDeliveryApiPropertyRenderer)));
    }

    private sealed class ShoutingTextRenderer : IDeliveryApiPropertyRenderer
    {
        public bool CanRender(string editorAlias) => editorAlias == EditorCatalog.TextBox;

        public JsonNode? Render(PropertyRenderContext context) => context.RawValue?.ToUpperInvariant();
    }

    private sealed class StarRatingRenderer : IDeliveryApiPropertyRenderer
    {
        public bool CanRender(string editorAlias) => editorAlias == "Acme.StarRating";

        public JsonNode? Render(PropertyRenderContext context) => int.Parse(context.RawValue!, System.Globalization.CultureInfo.InvariantCulture);
    }
}
