using CareerCms.Web.Content.Documents;
using CareerCms.Web.Content.Editors;
using CareerCms.Web.Content.Published;
using CareerCms.Web.Content.UmbracoAdapters;
using CareerCms.Web.DeliveryApi;
using CareerCms.Web.DeliveryApi.Output.Routing;
using Umbraco.Cms.Core.Models;

namespace CareerCms.Web.Search.Indexing;

/// <summary>
/// Adds the career search fields (<see cref="CareerSearchFieldNames"/>) to a published career or transition path:
/// title, text to match, route, facets and tie-break signals (hit summaries and snippets come from the stored
/// property fields: <c>summary</c>/<c>description</c>, or a path's <c>headline</c>/<c>narrative</c>). A transition path takes industry,
/// experience level and salary from its target career (its parent), so facets treat a path as a way into that
/// career; only paths have a difficulty.
/// </summary>
public sealed class CareerSearchProjection(
    UmbracoContentFactory contentFactory,
    ISearchRankingSignals signals,
    DeliveryApiRouteBuilder routes)
{
    private static readonly string[] CareerBodyProperties =
        [CareerContentTypes.Summary, CareerContentTypes.Description, CareerContentTypes.RequiredSkills, CareerContentTypes.Industry, CareerContentTypes.ExperienceLevel];

    private static readonly string[] PathBodyProperties =
        [CareerContentTypes.Headline, CareerContentTypes.Narrative, CareerContentTypes.Advice, CareerContentTypes.Roadmap, CareerContentTypes.Difficulty, CareerContentTypes.FromCareer];

    /// <summary>Adds the projection of <paramref name="document"/> to <paramref name="fields"/>.</summary>
    public void Add(IDictionary<string, List<object>> fields, ContentValueSetBuilder.BuildContext context, Document document, IContent content)
    {
        var isPath = document.ContentTypeAlias == CareerContentTypes.TransitionPath;
        var title = context.Batch.PublishedVersion(document)?.Name ?? document.Name;
        fields[CareerSearchFieldNames.Type] = [document.ContentTypeAlias];
        fields[CareerSearchFieldNames.Title] = [title];
        fields[CareerSearchFieldNames.TitleKey] = [SearchText.TitleKey(title)];

        // The property fields are already flattened (rich text as text, block lists as their readable sum): reuse them.
        var body = new List<string>();
        foreach (var alias in isPath ? PathBodyProperties : CareerBodyProperties)
        {
            body.AddRange(Readable(fields, content, alias, context.ResolveName));
        }

        // The career a path leads to is part of what the path is about ("... to MLOps Engineer").
        var target = isPath ? context.Batch.Get(document.ParentId) : document;
        var targetContent = target is not null && target.ContentTypeAlias == CareerContentTypes.Career && context.Batch.PublishedVersion(target) is not null
            ? context.Content(contentFactory, target)
            : null;
        if (isPath && targetContent is not null)
        {
            body.Add(targetContent.PublishName ?? targetContent.Name ?? string.Empty);
        }

        fields[CareerSearchFieldNames.Body] = [string.Join('\n', body.Where(text => text.Length > 0))];
        if (targetContent is not null)
        {
            AddIfAny(fields, CareerSearchFieldNames.Industry, FirstItem(targetContent, CareerContentTypes.Industry));
            AddIfAny(fields, CareerSearchFieldNames.ExperienceLevel, FirstItem(targetContent, CareerContentTypes.ExperienceLevel));
            AddNumber(fields, CareerSearchFieldNames.SalaryMin, targetContent.GetValue(CareerContentTypes.SalaryMin, published: true));
            AddNumber(fields, CareerSearchFieldNames.SalaryMax, targetContent.GetValue(CareerContentTypes.SalaryMax, published: true));
        }

        if (isPath)
        {
            AddIfAny(fields, CareerSearchFieldNames.Difficulty, FirstItem(content, CareerContentTypes.Difficulty));
        }

        var children = isPath
            ? []
            : context.Batch.ChildrenOf(document.Id).Where(context.Batch.IsRoutable).Select(child => context.Content(contentFactory, child)).ToList();
        var ranking = signals.GetSignals(content, children);
        fields[CareerSearchFieldNames.PathCount] = [ranking.PathCount];
        fields[CareerSearchFieldNames.Engagement] = [ranking.Engagement];

        if (routes.Build(Published(context.Batch, document), context.RouteSource) is { } route)
        {
            fields[CareerSearchFieldNames.Route] = [route.Path];
        }
    }

    /// <summary>The published view of a routable document, as the Delivery API's route builder takes it.</summary>
    internal static PublishedDocument Published(ContentIndexBatch batch, Document document)
    {
        var version = batch.PublishedVersion(document);
        return new PublishedDocument
        {
            Id = document.Id,
            Key = document.Key,
            ParentId = document.ParentId,
            ParentKey = batch.Get(document.ParentId)?.Key,
            Level = document.Level,
            Path = document.Path,
            SortOrder = document.SortOrder,
            ContentTypeAlias = document.ContentTypeAlias,
            Name = version?.Name ?? document.Name,
            UrlSegment = version?.UrlSegment ?? document.UrlSegment,
            CreateDate = document.CreateDate,
            UpdateDate = document.PublishDate ?? document.UpdateDate,
            AncestorKeys = document.AncestorIds.Select(batch.Get).OfType<Document>().Select(a => a.Key).ToArray(),
            Values = version?.Values ?? PropertyValuesEmpty,
        };
    }

    private static readonly IReadOnlyDictionary<string, string?> PropertyValuesEmpty = new Dictionary<string, string?>();

    /// <summary>The readable values of an already flattened property: picked documents by name, numbers left out.</summary>
    private static IEnumerable<string> Readable(IDictionary<string, List<object>> fields, IContent content, string alias, Func<Guid, string?> resolveName)
    {
        if (!fields.TryGetValue(alias, out var values) || !content.Properties.TryGetValue(alias, out var property))
        {
            return [];
        }

        return property.PropertyType.PropertyEditorAlias switch
        {
            EditorCatalog.ContentPicker or EditorCatalog.MultiNodeTreePicker =>
                values.OfType<string>().Select(PropertyIndexValues.KeyOf).Where(key => key != Guid.Empty).Select(resolveName).OfType<string>().ToList(),
            EditorCatalog.Integer or EditorCatalog.Decimal or EditorCatalog.TrueFalse or EditorCatalog.DateTime => [],
            _ => values.OfType<string>().ToList(),
        };
    }

    private static string? FirstItem(IContent content, string alias) =>
        content.GetValue(alias, published: true) is string stored ? PropertyIndexValues.ListItems(stored).FirstOrDefault() : null;

    private static void AddIfAny(IDictionary<string, List<object>> fields, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            fields[name] = [value];
        }
    }

    private static void AddNumber(IDictionary<string, List<object>> fields, string name, object? value)
    {
        var number = value switch
        {
            int i => i,
            long l when l is >= int.MinValue and <= int.MaxValue => (int?)l,
            string s when int.TryParse(s, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var parsed) => parsed,
            _ => null,
        };
        if (number is { } n)
        {
            fields[name] = [n];
        }
    }
}
