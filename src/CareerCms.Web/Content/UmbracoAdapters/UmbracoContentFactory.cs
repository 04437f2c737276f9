using System.Collections.Concurrent;
using CareerCms.Web.Content.Documents;
using CareerCms.Web.Content.Editors;
using CareerCms.Web.Content.Schema;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.Strings;
using CoreContent = Umbraco.Cms.Core.Models.Content;

namespace CareerCms.Web.Content.UmbracoAdapters;

/// <summary>
/// Turns our documents into Umbraco.Cms.Core's own <see cref="IContent"/> (the real Core classes), so
/// notification handlers and content index handlers written for Umbraco see what they would see there:
/// content type alias, key, id, parent, path, name, typed property values (draft and published) and state.
/// </summary>
public sealed class UmbracoContentFactory(SchemaCatalog schema, IShortStringHelper shortStringHelper)
{
    private readonly ConcurrentDictionary<ContentTypeDefinition, IContentType> _contentTypes = new();

    /// <summary>
    /// Builds an IContent for a document. <paramref name="publishedValues"/> are the live values (null when the
    /// document has no published version); the document's own values are the draft.
    /// </summary>
    public IContent Create(Document document, IReadOnlyDictionary<string, string?>? publishedValues, string? publishedName = null)
    {
        var definition = schema.GetContentType(document.ContentTypeAlias)
            ?? throw new InvalidOperationException($"Unknown document type '{document.ContentTypeAlias}'.");
        var contentType = _contentTypes.GetOrAdd(definition, BuildContentType);
        var content = new CoreContent(document.Name, document.ParentId, contentType)
        {
            Id = document.Id,
            Key = document.Key,
            Level = document.Level,
            Path = document.Path,
            SortOrder = document.SortOrder,
            Trashed = document.Trashed,
            CreateDate = document.CreateDate,
            UpdateDate = document.UpdateDate,
            CreatorId = document.CreatorId,
            WriterId = document.WriterId,
            VersionId = document.DraftVersionId,
        };

        if (publishedValues is not null)
        {
            SetValues(content, publishedValues);
            foreach (var property in content.Properties)
            {
                property.PublishValues();
            }

            content.PublishedVersionId = document.PublishedVersionId ?? 0;
            content.PublishDate = document.PublishDate;
            content.PublisherId = document.PublisherId;
            content.PublishName = publishedName ?? document.Name;
        }

        SetValues(content, document.Values, clearMissing: publishedValues is not null);
        content.Published = document.Published;
        content.Edited = document.Edited;
        content.ResetDirtyProperties(false);
        return content;
    }

    /// <summary>Core's content type for a definition (e.g. for Core's ContentType notifications).</summary>
    public IContentType GetContentType(ContentTypeDefinition definition) => _contentTypes.GetOrAdd(definition, BuildContentType);

    /// <summary>Forgets cached Core content types (after a schema change).</summary>
    public void ResetContentTypes() => _contentTypes.Clear();

    private static void SetValues(CoreContent content, IReadOnlyDictionary<string, string?> values, bool clearMissing = false)
    {
        foreach (var property in content.Properties)
        {
            if (values.TryGetValue(property.Alias, out var value))
            {
                property.SetValue(string.IsNullOrEmpty(value) ? null : value);
            }
            else if (clearMissing)
            {
                property.SetValue(null);
            }
        }
    }

    private IContentType BuildContentType(ContentTypeDefinition definition)
    {
        var contentType = new ContentType(shortStringHelper, -1)
        {
            Id = definition.Id,
            Key = definition.Key,
            Alias = definition.Alias,
            Name = definition.Name,
            Icon = definition.Icon,
            Description = definition.Description,
            AllowedAsRoot = definition.AllowAtRoot,
            IsElement = definition.IsElement,
            Variations = ContentVariation.Nothing,
        };

        foreach (var property in schema.GetAllProperties(definition))
        {
            var propertyType = new PropertyType(
                shortStringHelper, property.EditorAlias, EditorCatalog.StorageType(property.EditorAlias), property.Alias)
            {
                Key = property.Key,
                Name = property.Name,
                Description = property.Description,
                DataTypeKey = property.DataTypeKey,
                DataTypeId = schema.GetDataType(property.DataTypeKey)?.Id ?? 0,
                Mandatory = property.Mandatory,
                ValidationRegExp = property.ValidationRegExp,
                SortOrder = property.SortOrder,
                Variations = ContentVariation.Nothing,
            };
            var groupAlias = property.TabAlias ?? "content";
            contentType.AddPropertyType(propertyType, groupAlias, property.TabCaption ?? groupAlias);
        }

        contentType.ResetDirtyProperties(false);
        return contentType;
    }
}
