using System.Text.RegularExpressions;
using CareerCms.Search.Model;

namespace CareerCms.Web.Search.Indexing;

/// <summary>
/// Umbraco's field definitions for content indexes (UmbracoFieldDefinitionCollection): integers, dates, raw and
/// culture-invariant fields by name, and <c>name_xx-yy</c> culture fields mapped onto the definition of <c>name</c>.
/// ExternalIndex adds the career search projection (<see cref="CareerSearchFieldNames"/>).
/// </summary>
public sealed partial class UmbracoFieldDefinitionCollection : FieldDefinitionCollection
{
    /// <summary>Creates Umbraco's definitions, plus the career search projection when <paramref name="withCareerSearch"/>.</summary>
    public UmbracoFieldDefinitionCollection(bool withCareerSearch)
        : base(Definitions(withCareerSearch))
    {
    }

    // Every field of every document is resolved on each write and query: remember culture-suffix lookups (undone
    // whenever a definition is added, which changes Version; Count would take every lock of the dictionary per call).
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, FieldDefinition?> _cultureLookups = new(StringComparer.Ordinal);
    private long _cachedForVersion = -1;

    /// <inheritdoc />
    public override bool TryGetValue(string fieldName, out FieldDefinition definition)
    {
        if (base.TryGetValue(fieldName, out definition))
        {
            return true;
        }

        var version = Version;
        if (Interlocked.Read(ref _cachedForVersion) != version)
        {
            _cultureLookups.Clear();
            Interlocked.Exchange(ref _cachedForVersion, version);
        }

        var found = _cultureLookups.GetOrAdd(fieldName, name =>
        {
            var match = CultureField().Match(name);
            return match.Success && base.TryGetValue(match.Groups["FieldName"].Value, out var cultureDefinition) ? cultureDefinition : null;
        });
        definition = found!;
        return found is not null;
    }

    private static IEnumerable<FieldDefinition> Definitions(bool withCareerSearch)
    {
        foreach (var name in (string[])["parentID", "level", "writerID", "creatorID", "sortOrder", "template", ContentIndexFieldNames.TemplateId])
        {
            yield return new FieldDefinition(name, FieldDefinitionTypes.Integer);
        }

        yield return new FieldDefinition(ContentIndexFieldNames.CreateDate, FieldDefinitionTypes.DateTime);
        yield return new FieldDefinition(ContentIndexFieldNames.UpdateDate, FieldDefinitionTypes.DateTime);
        foreach (var name in (string[])[ContentIndexFieldNames.Key, ContentIndexFieldNames.NodeType, ContentIndexFieldNames.UrlName])
        {
            yield return new FieldDefinition(name, FieldDefinitionTypes.InvariantCultureIgnoreCase);
        }

        foreach (var name in (string[])["version", ContentIndexFieldNames.Path, ContentIndexFieldNames.Published, ContentIndexFieldNames.IndexPath,
                     ContentIndexFieldNames.IndexIcon, ContentIndexFieldNames.VariesByCulture])
        {
            yield return new FieldDefinition(name, FieldDefinitionTypes.Raw);
        }

        yield return new FieldDefinition("email", FieldDefinitionTypes.EmailAddress);
        if (!withCareerSearch)
        {
            yield break;
        }

        foreach (var name in (string[])[CareerSearchFieldNames.Type, CareerSearchFieldNames.Title, CareerSearchFieldNames.TitleKey,
                     CareerSearchFieldNames.Route, CareerSearchFieldNames.Industry, CareerSearchFieldNames.ExperienceLevel, CareerSearchFieldNames.Difficulty])
        {
            yield return new FieldDefinition(name, FieldDefinitionTypes.Raw);
        }

        foreach (var name in (string[])[CareerSearchFieldNames.SalaryMin, CareerSearchFieldNames.SalaryMax, CareerSearchFieldNames.PathCount, CareerSearchFieldNames.Engagement])
        {
            yield return new FieldDefinition(name, FieldDefinitionTypes.Integer);
        }
    }

    [GeneratedRegex("^(?<FieldName>[_\\w]+)_(?<CultureName>[a-z]{2,3}(-[a-z0-9]{2,4})?)$")]
    private static partial Regex CultureField();
}
