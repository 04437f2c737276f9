using System.Globalization;
using CareerCms.Web.Content.Services;
using CareerCms.Web.Corpus;
using CareerCms.Web.Tests.Infrastructure;

namespace CareerCms.Web.Tests.Search;

/// <summary>Creates careers and transition paths in a site that has the starter schema (the uSync starter folder).</summary>
public static class CareerContent
{
    /// <summary>The starter careers root.</summary>
    public static Guid CareersRoot => CorpusContentTypes.StarterCareersRootKey;

    /// <summary>Saves (and by default publishes) a career under the careers root.</summary>
    public static async Task<Guid> CareerAsync(
        CareerCmsSite site,
        string name,
        string summary = "A career.",
        string industry = "Other",
        string experienceLevel = "Mid",
        int salaryMin = 40_000,
        int salaryMax = 60_000,
        string? description = null,
        bool publish = true,
        Guid? parent = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["summary"] = summary,
            ["industry"] = $"[\"{industry}\"]",
            ["experienceLevel"] = $"[\"{experienceLevel}\"]",
            ["salaryMin"] = salaryMin.ToString(CultureInfo.InvariantCulture),
            ["salaryMax"] = salaryMax.ToString(CultureInfo.InvariantCulture),
            ["description"] = description is null ? null : $"{{\"markup\":\"<p>{description}</p>\",\"blocks\":null}}",
        };
        return await SaveAsync(site, "career", name, parent ?? CareersRoot, values, publish);
    }

    /// <summary>Saves (and by default publishes) a transition path into <paramref name="career"/>.</summary>
    public static async Task<Guid> PathAsync(
        CareerCmsSite site, Guid career, Guid fromCareer, string name, string headline, string difficulty = "Moderate", int engagement = 0, bool publish = true)
    {
        var values = new Dictionary<string, string?>
        {
            ["headline"] = headline,
            ["difficulty"] = $"[\"{difficulty}\"]",
            ["fromCareer"] = $"umb://document/{fromCareer:N}",
            ["engagementBaseline"] = engagement.ToString(CultureInfo.InvariantCulture),
        };
        return await SaveAsync(site, "transitionPath", name, career, values, publish);
    }

    /// <summary>Saves a document of any type and optionally publishes it.</summary>
    public static async Task<Guid> SaveAsync(CareerCmsSite site, string alias, string name, Guid? parent, IReadOnlyDictionary<string, string?> values, bool publish = true)
    {
        var result = await site.Get<ContentEditingService>().SaveAsync(
            new DocumentSaveRequest { ParentKey = parent, ContentTypeAlias = alias, Name = name, Values = values }, -1);
        Assert.True(result.Succeeded, Describe(result));
        if (publish)
        {
            await PublishAsync(site, result.Document!.Key);
        }

        return result.Document!.Key;
    }

    public static async Task PublishAsync(CareerCmsSite site, Guid key, bool descendants = false)
    {
        var result = await site.Get<ContentPublishingService>().PublishAsync(key, -1, descendants, descendants);
        Assert.True(result.Succeeded, Describe(result));
    }

    public static string Describe(ContentOperationResult result) =>
        $"{result.Status}: {string.Join("; ", result.Messages ?? [])} {string.Join("; ", result.ValidationErrors?.Select(e => e.Alias + ": " + e.Message) ?? [])}";
}
