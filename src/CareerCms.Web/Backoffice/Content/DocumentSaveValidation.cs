using CareerCms.Web.Backoffice.Management;
using CareerCms.Web.Content.Editors;
using CareerCms.Web.Content.Schema;
using CareerCms.Web.Content.Services;
using CareerCms.Web.Persistence;
using CareerCms.Web.Persistence.Repositories;

namespace CareerCms.Web.Backoffice.Content;

/// <summary>
/// Prepares a backoffice save: sanitizes rich text, then runs the engine's validator so the editor sees every value
/// problem at its field in one 400 response (the careers domain rules come back from the save itself, at the field).
/// </summary>
public sealed class DocumentSaveValidation(
    RichTextSanitizer sanitizer,
    DocumentValidator validator,
    DatabaseScopeProvider scopes,
    DocumentRepository documents,
    DocumentTreeReader reader)
{
    /// <summary>The sanitized values, or the 400 to return.</summary>
    public async Task<(IReadOnlyDictionary<string, string?> Values, IResult? Problem)> PrepareAsync(
        ContentTypeDefinition type, Guid? key, Guid? parentKey, string name, IReadOnlyList<DocumentValueRequest>? requestValues, CancellationToken ct)
    {
        var values = sanitizer.Sanitize(type, DocumentPresenter.ToStoredValues(requestValues));
        var errors = new List<PropertyValidationError>();
        if (string.IsNullOrWhiteSpace(name))
        {
            errors.Add(new("name", "A name is required."));
        }

        errors.AddRange(validator.Validate(type, values));
        return errors.Count > 0 ? (values, ManagementProblems.ValidationFailed(errors)) : (values, null);
    }

    /// <summary>What a 409 carries: the current draft version, who saved it and when.</summary>
    public async Task<IDictionary<string, object?>> ConflictDetailsAsync(Guid key, CancellationToken ct)
    {
        await using var connection = await scopes.OpenConnectionAsync(ct).ConfigureAwait(false);
        var document = await documents.GetByKeyAsync(connection, key).ConfigureAwait(false);
        var version = document is null ? null : await documents.GetVersionAsync(connection, document.DraftVersionId).ConfigureAwait(false);
        var names = version is null ? new Dictionary<int, string>() : await reader.GetUserNamesAsync([version.UserId], ct).ConfigureAwait(false);
        return new Dictionary<string, object?>
        {
            ["currentDraftVersionId"] = document?.DraftVersionId,
            ["currentVersion"] = version is null ? null : new
            {
                id = version.Id,
                versionDate = version.VersionDate,
                user = names.GetValueOrDefault(version.UserId, $"user {version.UserId}"),
                name = version.Name,
            },
        };
    }

    /// <summary>True when the type may be created under the parent (or at the root).</summary>
    public static bool IsAllowedUnder(SchemaCatalog schema, TreeNode? parent, ContentTypeDefinition type)
    {
        if (type.IsElement)
        {
            return false;
        }

        if (parent is null)
        {
            return type.AllowAtRoot;
        }

        var parentType = schema.GetContentType(parent.ContentTypeAlias);
        return parentType is not null && parentType.AllowedChildren.Any(c => c.Key == type.Key || c.Alias == type.Alias);
    }
}
