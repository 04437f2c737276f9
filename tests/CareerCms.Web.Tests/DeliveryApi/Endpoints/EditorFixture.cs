using CareerCms.Web.Tests.Infrastructure;

namespace CareerCms.Web.Tests.DeliveryApi.Endpoints;

/// <summary>A site over the test uSync folder with one property of every editor (DeliveryApi/Fixtures/editors).</summary>
public sealed class EditorFixture : IAsyncLifetime
{
    public static string Folder => Path.Combine(CareerCmsSite.RepositoryRoot, "tests", "CareerCms.Web.Tests", "DeliveryApi", "Fixtures", "editors");

    public static readonly Guid Showcase = Guid.Parse("e4000000-0000-4000-8000-000000000001");
    public static readonly Guid TargetOne = Guid.Parse("e4000000-0000-4000-8000-000000000002");
    public static readonly Guid TargetTwo = Guid.Parse("e4000000-0000-4000-8000-000000000003");

    public CareerCmsSite Site { get; private set; } = null!;

    public async Task InitializeAsync() =>
        Site = await CareerCmsSite.StartAsync(uSyncFolder: Folder, settings: new Dictionary<string, string?>
        {
            ["Umbraco:CMS:DeliveryApi:Enabled"] = "true",
            ["Umbraco:CMS:DeliveryApi:ApiKey"] = "fixture-key",
        });

    public async Task DisposeAsync() => await Site.DisposeAsync();
}
