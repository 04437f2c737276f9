using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace CareerCms.Web.DeliveryApi.OpenApi;

/// <summary>
/// Completes each Delivery API operation as Umbraco documents it: the request headers (Accept-Language,
/// Accept-Segment, Api-Key, Preview, Start-Item on every content operation; Api-Key on media), integer skip/take
/// (the handlers bind strings so that a bad value gets Umbraco's 400, not a framework one) and parameter texts.
/// </summary>
internal static class DeliveryApiOpenApiOperations
{
    private static readonly (string Name, JsonSchemaType Type, string Description)[] ContentHeaders =
    [
        ("Accept-Language", JsonSchemaType.String, "Defines the language to return. Use this when querying language variant content items."),
        ("Accept-Segment", JsonSchemaType.String, "Defines the segment to return. Use this when querying segment variant content items."),
        ("Api-Key", JsonSchemaType.String, "API key specified through configuration to authorize access to the API."),
        ("Preview", JsonSchemaType.Boolean, "Whether to request draft content."),
        ("Start-Item", JsonSchemaType.String, "URL segment or GUID of a root content item."),
    ];

    private static readonly Dictionary<string, string> QueryDescriptions = new(StringComparer.Ordinal)
    {
        ["fetch"] = "Specifies the content items to fetch: ancestors:{id|path}, children:{id|path} or descendants:{id|path}.",
        ["filter"] = "Defines how to filter the fetched content items (repeatable), e.g. contentType:career or name:engineer.",
        ["sort"] = "Defines how to sort the found content items (repeatable), e.g. name:asc or updateDate:desc.",
        ["skip"] = "Specifies the number of found content items to skip. Use this to control pagination of the response.",
        ["take"] = "Specifies the number of found content items to take. Use this to control pagination of the response.",
        ["expand"] = "Defines the properties that should be expanded in the response, e.g. properties[$all].",
        ["fields"] = "Explicitly defines which properties should be included in the response (by default all properties are included).",
        ["id"] = "The keys of the items to return.",
    };

    /// <summary>Applies the rules to one operation.</summary>
    public static Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var path = "/" + (context.Description.RelativePath ?? string.Empty).TrimStart('/');
        var isContent = path.StartsWith("/umbraco/delivery/api/v2/content", StringComparison.OrdinalIgnoreCase);
        var isMedia = path.StartsWith("/umbraco/delivery/api/v2/media", StringComparison.OrdinalIgnoreCase);
        if (!isContent && !isMedia)
        {
            return Task.CompletedTask;
        }

        operation.Parameters ??= [];
        var headers = isContent ? ContentHeaders : ContentHeaders.Where(h => h.Name == "Api-Key").ToArray();
        foreach (var existing in operation.Parameters.Where(p => p.In == ParameterLocation.Header).ToArray())
        {
            operation.Parameters.Remove(existing);
        }

        foreach (var (name, type, description) in headers)
        {
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = name,
                In = ParameterLocation.Header,
                Description = description,
                Schema = new OpenApiSchema { Type = type },
            });
        }

        foreach (var parameter in operation.Parameters.OfType<OpenApiParameter>().Where(p => p.In == ParameterLocation.Query))
        {
            if (parameter.Name is { } name && QueryDescriptions.TryGetValue(name, out var text))
            {
                parameter.Description = isMedia ? text.Replace("content items", "media items", StringComparison.Ordinal) : text;
            }

            if (parameter.Name is "skip" or "take")
            {
                parameter.Schema = new OpenApiSchema
                {
                    Type = JsonSchemaType.Integer,
                    Format = "int32",
                    Default = JsonValue.Create(parameter.Name == "skip" ? 0 : 10),
                };
            }
        }

        return Task.CompletedTask;
    }
}
