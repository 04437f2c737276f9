using System.Text.Json.Nodes;
using CareerCms.Web.Content.Published;
using CareerCms.Web.DeliveryApi;
using CareerCms.Web.DeliveryApi.Output;
using CareerCms.Web.DeliveryApi.Output.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace CareerCms.Web.Tests.DeliveryApi.Output.Support;

/// <summary>
/// The output layer wired through <see cref="DeliveryApiOutputServiceCollectionExtensions.AddDeliveryApiOutput"/>
/// over an in-memory schema and content source, with the starter's careers/skills tree:
/// careers → software-engineer; careers → mlops-engineer → software-engineer-to-mlops-engineer; skills → python,
/// kubernetes (prerequisite: python).
/// </summary>
public sealed class OutputTestSite : IDisposable
{
    public static readonly Guid CareersKey = Guid.Parse("65a6dbb8-ff45-44ed-8ec2-ddc5cf52fa98");
    public static readonly Guid SoftwareEngineerKey = Guid.Parse("dfc28153-bef7-4c17-9c8c-5daa1b831253");
    public static readonly Guid MlopsKey = Guid.Parse("c9ea2334-f279-43cf-9fea-489f6acde1a0");
    public static readonly Guid TransitionKey = Guid.Parse("b7d63d91-06d0-4359-aef0-858371c765fc");
    public static readonly Guid SkillsKey = Guid.Parse("51b25973-3d37-4139-9e30-c24e4719eb0d");
    public static readonly Guid PythonKey = Guid.Parse("c337f547-a34b-46e6-abea-b9a468480ce3");
    public static readonly Guid KubernetesKey = Guid.Parse("fea7401e-ba5b-483f-83ba-f5be7001ddab");

    private readonly ServiceProvider _services;
    private int _nextId = 1000;

    public OutputTestSite(Action<DeliveryApiSettings>? configure = null, bool preview = false, Action<IServiceCollection>? services = null)
    {
        Source = new InMemoryContentSource(preview);
        var collection = new ServiceCollection();
        collection.AddSingleton<IDeliveryApiSchema>(Schema);
        collection.Configure<DeliveryApiSettings>(settings => configure?.Invoke(settings));
        services?.Invoke(collection);
        collection.AddDeliveryApiOutput();
        _services = collection.BuildServiceProvider();

        Careers = Add("careersRoot", "Careers", null, key: CareersKey);
        SoftwareEngineer = Add("career", "Software Engineer", Careers, key: SoftwareEngineerKey, values: new()
        {
            ["summary"] = "Designs, builds, tests and maintains the software systems that products run on.",
            ["growthRate"] = "25",
            ["experienceLevel"] = """["Mid"]""",
            ["relatedCareers"] = string.Empty,
        });
        Mlops = Add("career", "MLOps Engineer", Careers, key: MlopsKey);
        Transition = Add("career", "Software Engineer to MLOps Engineer", Mlops, key: TransitionKey);
        Skills = Add("skillsRoot", "Skills", null, key: SkillsKey);
        Python = Add("skill", "Python", Skills, key: PythonKey, values: new() { ["title"] = "Python" });
        Kubernetes = Add("skill", "Kubernetes", Skills, key: KubernetesKey, values: new()
        {
            ["title"] = "Kubernetes",
            ["prerequisite"] = Udi(PythonKey),
        });
    }

    public InMemoryDeliveryApiSchema Schema { get; } = OutputTestSchema.Create();

    public InMemoryContentSource Source { get; }

    public HashSet<Guid> NeverPublished { get; } = [];

    public PublishedDocument Careers { get; }

    public PublishedDocument SoftwareEngineer { get; }

    public PublishedDocument Mlops { get; }

    public PublishedDocument Transition { get; }

    public PublishedDocument Skills { get; }

    public PublishedDocument Python { get; }

    public PublishedDocument Kubernetes { get; }

    public DeliveryApiContentRenderer Renderer => _services.GetRequiredService<DeliveryApiContentRenderer>();

    public DeliveryApiPropertyRendererRegistry Registry => _services.GetRequiredService<DeliveryApiPropertyRendererRegistry>();

    public static string Udi(Guid key) => $"umb://document/{key:N}";

    public static string Segment(string name) => name.ToLowerInvariant().Replace(' ', '-');

    public PublishedDocument Add(
        string contentType, string name, PublishedDocument? parent, Guid? key = null, Dictionary<string, string?>? values = null)
    {
        var id = _nextId++;
        var document = new PublishedDocument
        {
            Id = id,
            Key = key ?? Guid.NewGuid(),
            ParentId = parent?.Id ?? -1,
            ParentKey = parent?.Key,
            Level = (parent?.Level ?? 0) + 1,
            Path = (parent?.Path ?? "-1") + "," + id,
            SortOrder = 0,
            ContentTypeAlias = contentType,
            Name = name,
            UrlSegment = Segment(name),
            CreateDate = new DateTime(2025, 3, 4, 9, 10, 0, DateTimeKind.Unspecified),
            UpdateDate = new DateTime(2025, 5, 1, 12, 0, 0, 123, DateTimeKind.Utc),
            AncestorKeys = parent is null ? [] : [.. parent.AncestorKeys, parent.Key],
            Values = values ?? [],
        };
        Source.Add(document);
        return document;
    }

    public JsonObject? Render(PublishedDocument item, string? expand = null, string? fields = null, bool includeCultures = true) =>
        Renderer.Render(item, RenderRequest.Create(Source, expand, fields) with
        {
            IncludeCultures = includeCultures,
            IsNeverPublished = document => NeverPublished.Contains(document.Key),
        });

    /// <summary>A career under the careers root holding one stored value, rendered; returns that property's output.</summary>
    public JsonNode? RenderCareerProperty(string alias, string? raw, string? expand = null)
    {
        var probe = Add("career", "Probe " + _nextId, Careers, values: new() { [alias] = raw });
        var properties = (JsonObject)Render(probe, expand)!["properties"]!;
        Assert.True(properties.ContainsKey(alias), $"'{alias}' is missing from {properties.ToJsonString()}");
        return properties[alias];
    }

    public void Dispose() => _services.Dispose();
}
