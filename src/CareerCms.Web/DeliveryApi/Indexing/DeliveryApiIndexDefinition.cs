using CareerCms.Search.Model;
using Microsoft.Extensions.Logging;
using Umbraco.Cms.Core.DeliveryApi;

namespace CareerCms.Web.DeliveryApi.Indexing;

/// <summary>
/// The index's field definitions: the runtime's required fields plus every field the registered
/// <see cref="IContentIndexHandler"/>s declare (first declaration of a name wins, as in Umbraco).
/// </summary>
public sealed class DeliveryApiIndexDefinition
{
    private readonly Dictionary<string, FieldType> _fieldTypes = new(StringComparer.Ordinal);

    /// <summary>Collects the fields of all handlers.</summary>
    public DeliveryApiIndexDefinition(ContentIndexHandlerCollection handlers, ILogger<DeliveryApiIndexDefinition> logger)
    {
        Handlers = handlers;
        foreach (var field in handlers.SelectMany(h => h.GetFields()))
        {
            if (!_fieldTypes.TryAdd(field.FieldName, field.FieldType))
            {
                logger.LogWarning("Index field {Field} is declared twice; the first declaration wins", field.FieldName);
            }
        }
    }

    /// <summary>The handlers that fill the index.</summary>
    public ContentIndexHandlerCollection Handlers { get; }

    /// <summary>The Core field type of a handler field, or null when no handler declares it.</summary>
    public FieldType? GetFieldType(string fieldName) => _fieldTypes.TryGetValue(fieldName, out var type) ? type : null;

    /// <summary>Adds the Lucene field definitions to an index's collection.</summary>
    public void AddTo(FieldDefinitionCollection definitions)
    {
        foreach (var name in new[]
                 {
                     DeliveryApiIndexFieldNames.Id, DeliveryApiIndexFieldNames.ContentTypeId, DeliveryApiIndexFieldNames.Culture,
                     DeliveryApiIndexFieldNames.Published, DeliveryApiIndexFieldNames.Path, DeliveryApiIndexFieldNames.NodeName,
                 })
        {
            definitions.TryAdd(new FieldDefinition(name, FieldDefinitionTypes.Raw));
        }

        foreach (var (name, type) in _fieldTypes)
        {
            definitions.TryAdd(new FieldDefinition(name, ToLuceneType(type)));
        }
    }

    private static string ToLuceneType(FieldType type) => type switch
    {
        FieldType.StringRaw => FieldDefinitionTypes.Raw,
        FieldType.StringAnalyzed => FieldDefinitionTypes.FullText,
        FieldType.StringSortable => FieldDefinitionTypes.FullTextSortable,
        FieldType.Number => FieldDefinitionTypes.Integer,
        FieldType.Date => FieldDefinitionTypes.DateTime,
        _ => FieldDefinitionTypes.Raw,
    };
}
