using System.Text.Json.Serialization.Metadata;
using CareerCms.Web.DeliveryApi.OpenApi.Models;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace CareerCms.Web.DeliveryApi.OpenApi;

/// <summary>Gives the documentation models Umbraco's schema names, so generated clients get Umbraco's type names.</summary>
internal static class DeliveryApiOpenApiSchemas
{
    private static readonly Dictionary<Type, string> Names = new()
    {
        [typeof(ApiContentResponseModel)] = "IApiContentResponseModel",
        [typeof(ApiContentRouteModel)] = "IApiContentRouteModel",
        [typeof(ApiContentStartItemModel)] = "IApiContentStartItemModel",
        [typeof(PagedApiContentResponseModel)] = "PagedIApiContentResponseModel",
        [typeof(ApiMediaWithCropsResponseModel)] = "IApiMediaWithCropsResponseModel",
        [typeof(PagedApiMediaWithCropsResponseModel)] = "PagedIApiMediaWithCropsResponseModel",
    };

    /// <summary>
    /// <c>properties</c> maps aliases to values of any shape: the generator writes a bare object for it, so say so
    /// (<c>additionalProperties</c>) as Umbraco's document does, and generated clients get a dictionary.
    /// </summary>
    public static void DescribePropertyValues(OpenApiDocument document)
    {
        foreach (var model in new[] { "IApiContentResponseModel", "IApiMediaWithCropsResponseModel" })
        {
            if (document.Components?.Schemas is { } schemas && schemas.TryGetValue(model, out var schema) && schema is OpenApiSchema { Properties: { } properties })
            {
                properties["properties"] = new OpenApiSchema
                {
                    Type = JsonSchemaType.Object,
                    Description = "Property values by alias; each property editor writes its own shape.",
                    AdditionalProperties = new OpenApiSchema { Description = "A property value (any JSON value, or null)." },
                };
            }
        }
    }

    /// <summary>
    /// The web JSON defaults read numbers from strings too, so the generator documents every number as
    /// "integer or string" with a pattern, which OpenAPI 3.0 cannot say and clients then type as object. Responses
    /// write plain numbers: document them so.
    /// </summary>
    public static void NumbersAsNumbers(OpenApiSchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        if (schema.Type is { } type && (type.HasFlag(JsonSchemaType.Integer) || type.HasFlag(JsonSchemaType.Number)) && type.HasFlag(JsonSchemaType.String))
        {
            schema.Type = type & ~JsonSchemaType.String;
            schema.Pattern = null;
        }
    }

    /// <summary>Umbraco's name for a documentation model; the default for everything else.</summary>
    public static string? ReferenceId(JsonTypeInfo typeInfo) =>
        Names.TryGetValue(typeInfo.Type, out var name) ? name : OpenApiOptions.CreateDefaultSchemaReferenceId(typeInfo);
}
