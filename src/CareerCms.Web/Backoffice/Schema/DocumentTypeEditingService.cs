using CareerCms.Web.Content.Schema;
using CareerCms.Web.Content.Services;
using CareerCms.Web.Content.UmbracoAdapters;
using Umbraco.Cms.Core.Notifications;
using Umbraco.Cms.Core.Services.Changes;
using Umbraco.Cms.Core.Strings;

namespace CareerCms.Web.Backoffice.Schema;

/// <summary>
/// Edits a document type from the Settings section: name, icon, description, allowed at root, allowed children,
/// tabs and groups, and properties (add, rename, remove; data type, mandatory, regular expression). Identity and
/// what the Settings section does not edit (alias, element flag, compositions, templates, folder, history cleanup)
/// stay as stored. Removing properties that hold values needs <c>confirmDataLoss</c>; then their values leave every
/// version of every document of the type (and of types composing it) in the same transaction, and caches and indexes
/// are refreshed from the journal. Core's ContentTypeSaving (cancelable) and ContentTypeSaved notifications go out
/// as in Umbraco, so handlers such as uSync's export on save run.
/// </summary>
public sealed class DocumentTypeEditingService(
    ContentOperationSupport support,
    SchemaService schemaService,
    SchemaCatalog schema,
    DocumentTypeEditValidator validator,
    PropertyValueRewriter rewriter,
    UmbracoContentFactory contentFactory,
    IShortStringHelper shortStringHelper)
{
    /// <summary>Applies the edit; see the class remarks.</summary>
    public async Task<SchemaEditResult> UpdateAsync(Guid key, ContentTypeDefinition request, bool confirmDataLoss, CancellationToken cancellationToken = default)
    {
        var existing = schema.GetContentType(key);
        if (existing is null)
        {
            return SchemaEditResult.NotFound();
        }

        var edited = Normalize(existing, request);
        var errors = validator.Validate(existing, edited);
        if (errors.Count > 0)
        {
            return SchemaEditResult.Invalid(errors);
        }

        var editedByKey = edited.Properties.ToDictionary(p => p.Key);
        var removed = existing.Properties.Where(p => !editedByKey.ContainsKey(p.Key)).ToArray();
        var renamed = existing.Properties
            .Where(p => editedByKey.TryGetValue(p.Key, out var now) && !string.Equals(now.Alias, p.Alias, StringComparison.Ordinal))
            .ToDictionary(p => p.Alias, p => editedByKey[p.Key].Alias, StringComparer.Ordinal);
        var typeIds = SchemaComposition.ComposingTypes(schema, existing).Select(t => t.Id).ToArray();

        await using var scope = await support.BeginAsync(cancellationToken).ConfigureAwait(false);
        if (removed.Length > 0 && !confirmDataLoss)
        {
            var counts = await rewriter.CountDocumentsWithValuesAsync(
                scope.Database.Connection, typeIds, removed.Select(p => p.Alias).ToArray(), scope.Database.Transaction).ConfigureAwait(false);
            var atRisk = removed.Where(p => counts[p.Alias] > 0).Select(p => new PropertyValuesAtRisk(p.Alias, p.Name, counts[p.Alias])).ToArray();
            if (atRisk.Length > 0)
            {
                return SchemaEditResult.WouldLoseValues(atRisk);
            }
        }

        var cancel = scope.PublishCancelable(new ContentTypeSavingNotification(contentFactory.GetContentType(edited), scope.Messages));
        if (cancel is not null)
        {
            return SchemaEditResult.Cancelled(cancel);
        }

        var problems = await schemaService.SaveAsync([], [edited], cancellationToken).ConfigureAwait(false);
        if (problems.Count > 0)
        {
            return SchemaEditResult.Invalid(problems.Select(p => new SchemaFieldError("", p, "Unknown")).ToArray());
        }

        var changed = await rewriter.ApplyAsync(scope.Database, typeIds, removed.Select(p => p.Alias).ToArray(), renamed).ConfigureAwait(false);
        await support.JournalAsync(scope, changed.Select(d => (d.Id, d.Key, TreeChangeTypes.RefreshNode))).ConfigureAwait(false);
        scope.PublishAfterCommit(new ContentTypeSavedNotification(contentFactory.GetContentType(schema.GetContentType(key)!), scope.Messages));
        scope.Complete();
        return SchemaEditResult.Ok(changed.Count);
    }

    /// <summary>
    /// The stored type with the edited fields taken from the request: new tabs and properties get keys (and aliases
    /// from their names when empty), properties take their editor from their data type and their tab caption from
    /// their tab, allowed children their alias and order.
    /// </summary>
    public ContentTypeDefinition Normalize(ContentTypeDefinition existing, ContentTypeDefinition request)
    {
        var tabs = (request.Tabs ?? []).Select(t => t with
        {
            Key = t.Key == Guid.Empty ? Guid.NewGuid() : t.Key,
            Caption = (t.Caption ?? "").Trim(),
            Alias = string.IsNullOrWhiteSpace(t.Alias) ? Alias(t.Caption) : t.Alias.Trim(),
        }).ToArray();
        var captions = tabs.GroupBy(t => t.Alias, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Caption, StringComparer.Ordinal);
        var properties = (request.Properties ?? []).Select(p =>
        {
            var alias = string.IsNullOrWhiteSpace(p.Alias) ? Alias(p.Name) : p.Alias.Trim();
            var tab = string.IsNullOrWhiteSpace(p.TabAlias) ? null : p.TabAlias.Trim();
            return p with
            {
                Key = p.Key == Guid.Empty ? Guid.NewGuid() : p.Key,
                Name = (p.Name ?? "").Trim(),
                Alias = alias,
                EditorAlias = schema.GetDataType(p.DataTypeKey)?.EditorAlias ?? p.EditorAlias ?? "",
                TabAlias = tab,
                TabCaption = tab is not null && captions.TryGetValue(tab, out var caption) ? caption : null,
                ValidationRegExp = NullIfBlank(p.ValidationRegExp),
                ValidationRegExpMessage = NullIfBlank(p.ValidationRegExpMessage),
                MandatoryMessage = NullIfBlank(p.MandatoryMessage),
                Description = NullIfBlank(p.Description),
            };
        }).ToArray();
        var children = (request.AllowedChildren ?? []).Select((c, i) => new ContentTypeReference(c.Key, schema.GetContentType(c.Key)?.Alias ?? c.Alias, i)).ToArray();
        return existing with
        {
            Name = (request.Name ?? "").Trim(),
            Alias = (request.Alias ?? existing.Alias).Trim(),
            Icon = string.IsNullOrWhiteSpace(request.Icon) ? "icon-document" : request.Icon.Trim(),
            Description = NullIfBlank(request.Description),
            AllowAtRoot = request.AllowAtRoot,
            AllowedChildren = children,
            Tabs = tabs,
            Properties = properties,
        };
    }

    private string Alias(string? name) => shortStringHelper.CleanStringForSafeAlias(name ?? "");

    // Blank optional texts are stored as none; others exactly as sent (a regular expression's spaces matter).
    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
