using System.Text.Json.Nodes;
using CareerCms.Web.Backoffice.Schema;
using CareerCms.Web.Backoffice.Security;
using CareerCms.Web.Content.Schema;

namespace CareerCms.Web.Backoffice.Management;

/// <summary>A data type with its parsed configuration.</summary>
public sealed record DataTypeResponse(Guid Id, string Name, string EditorAlias, string? EditorUiAlias, string? Folder, JsonObject Configuration);

/// <summary>A property with its data type, as the workspace renders it.</summary>
public sealed record PropertyResponse(PropertyTypeDefinition Property, DataTypeResponse? DataType);

/// <summary>GET document-type/{id}: the stored definition (own properties) plus everything composed in.</summary>
public sealed record DocumentTypeResponse(ContentTypeDefinition Definition, IReadOnlyList<PropertyResponse> AllProperties, IReadOnlyList<TabDefinition> AllTabs);

/// <summary>PUT data-type/{id}.</summary>
public sealed record UpdateDataTypeRequest(string Name, JsonObject? Configuration);

/// <summary>
/// Settings: document types and data types (tree, read, update) plus the allowed types for create dialogs.
/// Reads are open to every backoffice user (the content workspace needs them); changes need the Settings section.
/// </summary>
public static class SchemaApi
{
    /// <summary>Maps the endpoints on the v1 group.</summary>
    public static RouteGroupBuilder MapSchemaApi(this RouteGroupBuilder api)
    {
        api.MapGet("/tree/document-type/root", (SchemaCatalog schema) => TypedResults.Ok(
            schema.ContentTypes.OrderBy(t => t.IsElement).ThenBy(t => t.Name, StringComparer.OrdinalIgnoreCase).Select(Reference).ToArray()))
            .WithTags("Document Type");
        api.MapGet("/document-type/allowed-at-root", (SchemaCatalog schema) => TypedResults.Ok(
            schema.ContentTypes.Where(t => t.AllowAtRoot && !t.IsElement).OrderBy(t => t.Name, StringComparer.OrdinalIgnoreCase).Select(Reference).ToArray()))
            .WithTags("Document Type");
        api.MapGet("/document-type/{id:guid}/allowed-children", AllowedChildren).WithTags("Document Type").Produces<DocumentTypeReference[]>().ProducesProblem(404);
        api.MapGet("/document-type/{id:guid}", GetDocumentType).WithTags("Document Type").Produces<DocumentTypeResponse>().ProducesProblem(404);
        api.MapPut("/document-type/{id:guid}", UpdateDocumentTypeAsync).RequireSection(BackofficePermissions.SettingsSection).WithTags("Document Type").Produces<DocumentTypeResponse>()
            .ProducesProblem(400).ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        api.MapGet("/tree/data-type/root", (SchemaCatalog schema) => TypedResults.Ok(
            schema.DataTypes.OrderBy(d => d.Name, StringComparer.OrdinalIgnoreCase).Select(ToResponse).ToArray())).WithTags("Data Type");
        api.MapGet("/data-type/{id:guid}", GetDataType).WithTags("Data Type").Produces<DataTypeResponse>().ProducesProblem(404);
        api.MapPut("/data-type/{id:guid}", UpdateDataTypeAsync).RequireSection(BackofficePermissions.SettingsSection).WithTags("Data Type").Produces<DataTypeResponse>().ProducesProblem(400).ProducesProblem(403).ProducesProblem(404);
        return api;
    }

    internal static IResult AllowedChildren(Guid id, SchemaCatalog schema)
    {
        var type = schema.GetContentType(id);
        if (type is null)
        {
            return ManagementProblems.NotFound("The document type was not found");
        }

        return TypedResults.Ok(type.AllowedChildren.OrderBy(c => c.SortOrder)
            .Select(c => schema.GetContentType(c.Key) ?? schema.GetContentType(c.Alias)).OfType<ContentTypeDefinition>()
            .Where(t => !t.IsElement).Select(Reference).ToArray());
    }

    internal static IResult GetDocumentType(Guid id, SchemaCatalog schema) =>
        schema.GetContentType(id) is { } type ? TypedResults.Ok(Describe(schema, type)) : ManagementProblems.NotFound("The document type was not found");

    /// <summary>
    /// PUT document-type/{id}: the edited definition (see <see cref="DocumentTypeEditingService"/>). Removing
    /// properties that hold values answers 409 with the properties and document counts until the request repeats with
    /// <c>?confirmDataLoss=true</c>.
    /// </summary>
    internal static async Task<IResult> UpdateDocumentTypeAsync(
        Guid id, ContentTypeDefinition request, CurrentUser user, SchemaCatalog schema, DocumentTypeEditingService editing, CancellationToken ct, bool confirmDataLoss = false)
    {
        if (!user.Sections.Contains(BackofficePermissions.SettingsSection))
        {
            return ManagementProblems.Forbidden("You have no access to the Settings section.");
        }

        var result = await editing.UpdateAsync(id, request, confirmDataLoss, ct).ConfigureAwait(false);
        return result.Succeeded
            ? TypedResults.Ok(Describe(schema, schema.GetContentType(id)!))
            : ManagementProblems.FromSchema(result, "document type");
    }

    internal static IResult GetDataType(Guid id, SchemaCatalog schema) =>
        schema.GetDataType(id) is { } dataType ? TypedResults.Ok(ToResponse(dataType)) : ManagementProblems.NotFound("The data type was not found");

    /// <summary>PUT data-type/{id}: name and editor configuration (see <see cref="DataTypeEditingService"/>).</summary>
    internal static async Task<IResult> UpdateDataTypeAsync(
        Guid id, UpdateDataTypeRequest request, CurrentUser user, SchemaCatalog schema, DataTypeEditingService editing, CancellationToken ct)
    {
        if (!user.Sections.Contains(BackofficePermissions.SettingsSection))
        {
            return ManagementProblems.Forbidden("You have no access to the Settings section.");
        }

        var result = await editing.UpdateAsync(id, request.Name, request.Configuration, ct).ConfigureAwait(false);
        return result.Succeeded
            ? TypedResults.Ok(ToResponse(schema.GetDataType(id)!))
            : ManagementProblems.FromSchema(result, "data type");
    }

    private static DocumentTypeReference Reference(ContentTypeDefinition t) => new(t.Key, t.Alias, t.Name, t.Icon, t.IsElement);

    private static DataTypeResponse ToResponse(DataTypeDefinition d) => new(d.Key, d.Name, d.EditorAlias, d.EditorUiAlias, d.Folder, d.Config);

    private static DocumentTypeResponse Describe(SchemaCatalog schema, ContentTypeDefinition type)
    {
        var properties = schema.GetAllProperties(type)
            .Select(p => new PropertyResponse(p, schema.GetDataType(p.DataTypeKey) is { } d ? ToResponse(d) : null))
            .ToArray();
        var tabs = type.Compositions.Select(c => schema.GetContentType(c.Key) ?? schema.GetContentType(c.Alias)).OfType<ContentTypeDefinition>()
            .SelectMany(c => c.Tabs).Concat(type.Tabs).DistinctBy(t => t.Alias).OrderBy(t => t.SortOrder).ToArray();
        return new DocumentTypeResponse(type, properties, tabs);
    }
}
