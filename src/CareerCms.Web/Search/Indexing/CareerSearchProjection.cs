using System.Globalization;
using CareerCms.Web.Content.Documents;
using CareerCms.Web.Content.Editors;
using CareerCms.Web.Content.Published;
using CareerCms.Web.Content.Schema;
using CareerCms.Web.DeliveryApi.Output.Routing;

namespace CareerCms.Web.Search.Indexing;

/// <summary>
/// Adds the career search fields (<see cref="CareerSearchFieldNames"/>) to a published career or transition path:
/// title, text to match, route, facets and tie-break signals (hit summaries and snippets come from the stored
/// property fields: <c>summary</c>/<c>description</c>, or a path's <c>headline</c>/<c>narrative</c>). A transition
/// path takes industry, experience level and salary from its target career (its parent), so facets treat a path as a
/// way into that career; only paths have a difficulty.
/// </summary>
public sealed class CareerSearchProjection(PropertyIndexValues propertyValues, ISearchRankingSignals signals, DeliveryApiRouteBuilder routes)
{
    private static readonly string[] CareerBodyProperties =
        [CareerContentTypes.Summary, CareerContentTypes.Description, CareerContentTypes.RequiredSkills, CareerContentTypes.Industry, CareerContentTypes.ExperienceLevel];

    private static readonly string[] PathBodyProperties =
        [CareerContentTypes.Headline, CareerContentTypes.Narrative, CareerContentTypes.Advice, CareerContentTypes.Roadmap, CareerContentTypes.Difficulty, CareerContentTypes.FromCareer];

    /// <summary>Adds the projection of a routable <paramref name="document"/> (whose property fields are in <paramref name="fields"/>).</summary>
    public void Add(IDictionary<string, List<object>> fields, ContentValueSetBuilder.BuildContext context, Document document, ContentTypeDefinition contentType)
    {
        var batch = context.Batch;
        var isPath = document.ContentTypeAlias == CareerContentTypes.TransitionPath;
        var title = batch.PublishedVersion(document)?.Name ?? document.Name;
        fields[CareerSearchFieldNames.Type] = [document.ContentTypeAlias];
        fields[CareerSearchFieldNames.Title] = [title];
        fields[CareerSearchFieldNames.TitleKey] = [SearchText.TitleKey(title)];

        // The property fields are already flattened (rich text as text, block lists as their readable sum): reuse them.
        var editors = propertyValues.EditorsOf(contentType);
        var body = new List<string>();
        foreach (var alias in isPath ? PathBodyProperties : CareerBodyProperties)
        {
            body.AddRange(Readable(fields, editors, alias, context.ResolveName));
        }

        // The career a path leads to is part of what the path is about ("... to MLOps Engineer").
        var target = isPath ? batch.Get(document.ParentId) : document;
        var targetValues = target is { ContentTypeAlias: CareerContentTypes.Career } ? batch.PublishedVersion(target) : null;
        if (isPath && targetValues is not null)
        {
            body.Add(targetValues.Name);
        }

        fields[CareerSearchFieldNames.Body] = [string.Join('\n', body.Where(text => text.Length > 0))];
        if (targetValues is not null)
        {
            AddIfAny(fields, CareerSearchFieldNames.Industry, FirstItem(targetValues.Values, CareerContentTypes.Industry));
            AddIfAny(fields, CareerSearchFieldNames.ExperienceLevel, FirstItem(targetValues.Values, CareerContentTypes.ExperienceLevel));
            AddNumber(fields, CareerSearchFieldNames.SalaryMin, targetValues.Values.GetValueOrDefault(CareerContentTypes.SalaryMin));
            AddNumber(fields, CareerSearchFieldNames.SalaryMax, targetValues.Values.GetValueOrDefault(CareerContentTypes.SalaryMax));
        }

        var published = batch.PublishedVersion(document)!;
        if (isPath)
        {
            AddIfAny(fields, CareerSearchFieldNames.Difficulty, FirstItem(published.Values, CareerContentTypes.Difficulty));
        }

        var children = isPath
            ? []
            : batch.ChildrenOf(document.Id).Where(batch.IsRoutable).Select(child => Ranked(child, batch.PublishedVersion(child)!)).ToList();
        var ranking = signals.GetSignals(Ranked(document, published), children);
        fields[CareerSearchFieldNames.PathCount] = [ranking.PathCount];
        fields[CareerSearchFieldNames.Engagement] = [ranking.Engagement];

        if (routes.Build(Published(batch, document), context.RouteSource) is { } route)
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
            Values = version?.Values ?? PropertyValues.Empty,
        };
    }

    private static RankedItem Ranked(Document document, DocumentVersion published) =>
        new(document.Id, document.Key, document.ContentTypeAlias, published.Values);

    /// <summary>The readable values of an already flattened property: picked documents by name, numbers left out.</summary>
    private static IEnumerable<string> Readable(IDictionary<string, List<object>> fields, IReadOnlyDictionary<string, string> editors, string alias, Func<Guid, string?> resolveName)
    {
        if (!fields.TryGetValue(alias, out var values) || !editors.TryGetValue(alias, out var editor))
        {
            return [];
        }

        return editor switch
        {
            EditorCatalog.ContentPicker or EditorCatalog.MultiNodeTreePicker =>
                values.OfType<string>().Select(PropertyIndexValues.KeyOf).Where(key => key != Guid.Empty).Select(resolveName).OfType<string>().ToList(),
            EditorCatalog.Integer or EditorCatalog.Decimal or EditorCatalog.TrueFalse or EditorCatalog.DateTime => [],
            _ => values.OfType<string>().ToList(),
        };
    }

    private static string? FirstItem(IReadOnlyDictionary<string, string?> values, string alias) =>
        values.TryGetValue(alias, out var stored) && !string.IsNullOrWhiteSpace(stored) ? PropertyIndexValues.ListItems(stored).FirstOrDefault() : null;

    private static void AddIfAny(IDictionary<string, List<object>> fields, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            fields[name] = [value];
        }
    }

    private static void AddNumber(IDictionary<string, List<object>> fields, string name, string? value)
    {
        if (int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number))
        {
            fields[name] = [number];
        }
    }
}
