using System.Text.Json.Nodes;
using CareerCms.Web.Content.Schema;
using CareerCms.Web.Content.Services;
using CareerCms.Web.Content.UmbracoAdapters;
using Umbraco.Cms.Core.Notifications;

namespace CareerCms.Web.Backoffice.Schema;

/// <summary>
/// Edits a data type from the Settings section: its name (unique, it is also its uSync alias) and its editor
/// configuration (checked by <see cref="DataTypeConfigurationValidator"/>); the editor stays. Core's DataTypeSaving
/// (cancelable) and DataTypeSaved notifications go out as in Umbraco.
/// </summary>
public sealed class DataTypeEditingService(
    ContentOperationSupport support,
    SchemaService schemaService,
    SchemaCatalog schema,
    DataTypeConfigurationValidator configurationValidator,
    UmbracoDataTypeFactory dataTypeFactory)
{
    /// <summary>Renames and reconfigures a data type (null configuration keeps the stored one).</summary>
    public async Task<SchemaEditResult> UpdateAsync(Guid key, string? name, JsonObject? configuration, CancellationToken cancellationToken = default)
    {
        var existing = schema.GetDataType(key);
        if (existing is null)
        {
            return SchemaEditResult.NotFound();
        }

        var edited = existing with { Name = (name ?? "").Trim(), ConfigJson = (configuration ?? existing.Config).ToJsonString() };
        var errors = new List<SchemaFieldError>();
        if (edited.Name.Length == 0)
        {
            errors.Add(new("name", "A name is required.", "InvalidName"));
        }
        else if (CareerCms.Web.Content.Documents.StorableText.NameProblem(edited.Name) is { } nameProblem)
        {
            errors.Add(new("name", nameProblem, "InvalidName"));
        }
        else if (schema.DataTypes.FirstOrDefault(d => d.Key != key && string.Equals(d.Name, edited.Name, StringComparison.OrdinalIgnoreCase)) is { } other)
        {
            errors.Add(new("name", $"The data type '{other.Name}' already has this name (it is also its uSync alias).", "InvalidName"));
        }

        errors.AddRange(configurationValidator.Validate(edited.EditorAlias, edited.Config));
        if (errors.Count > 0)
        {
            return SchemaEditResult.Invalid(errors);
        }

        await using var scope = await support.BeginAsync(cancellationToken).ConfigureAwait(false);
        var cancel = scope.PublishCancelable(new DataTypeSavingNotification(dataTypeFactory.Create(edited), scope.Messages));
        if (cancel is not null)
        {
            return SchemaEditResult.Cancelled(cancel);
        }

        var problems = await schemaService.SaveAsync([edited], [], cancellationToken).ConfigureAwait(false);
        if (problems.Count > 0)
        {
            return SchemaEditResult.Invalid(problems.Select(p => new SchemaFieldError("", p, "InvalidConfiguration")).ToArray());
        }

        scope.PublishAfterCommit(new DataTypeSavedNotification(dataTypeFactory.Create(schema.GetDataType(key)!), scope.Messages));
        scope.Complete();
        return SchemaEditResult.Ok();
    }
}
