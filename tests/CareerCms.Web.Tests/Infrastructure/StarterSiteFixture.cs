namespace CareerCms.Web.Tests.Infrastructure;

/// <summary>One site with the starter uSync content, shared by read-only tests of a class.</summary>
public sealed class StarterSiteFixture : IAsyncLifetime
{
    public CareerCmsSite Site { get; private set; } = null!;

    public static string StarterFolder => Path.Combine(CareerCmsSite.RepositoryRoot, "uSync", "v17");

    public async Task InitializeAsync() => Site = await CareerCmsSite.StartAsync(uSyncFolder: StarterFolder, settings: Settings);

    public async Task DisposeAsync() => await Site.DisposeAsync();

    /// <summary>Settings of the shared site: API on, a key for preview.</summary>
    public static Dictionary<string, string?> Settings => new()
    {
        ["Umbraco:CMS:DeliveryApi:Enabled"] = "true",
        ["Umbraco:CMS:DeliveryApi:ApiKey"] = "test-key",
    };
}
