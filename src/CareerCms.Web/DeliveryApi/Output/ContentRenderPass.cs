using System.Text.Json.Nodes;
using CareerCms.Web.Content.Published;
using CareerCms.Web.Content.Schema;
using CareerCms.Web.DeliveryApi.Output.Expansion;
using CareerCms.Web.DeliveryApi.Output.Routing;
using CareerCms.Web.DeliveryApi.Output.Schema;

namespace CareerCms.Web.DeliveryApi.Output;

/// <summary>
/// One rendering of one request. Mirrors Umbraco's output expansion strategy: a top-level item always maps its
/// properties; a picked item maps them only when its property's expand node exists (else <c>"properties": {}</c>);
/// block elements always map them (forced) but pass the block property's nodes down, so pickers inside blocks expand
/// only through the block property's path. <c>fields</c> filters at every level the same way.
/// </summary>
internal sealed class ContentRenderPass(
    IDeliveryApiSchema schema,
    DeliveryApiPropertyRendererRegistry renderers,
    DeliveryApiRouteBuilder routes,
    RenderRequest request,
    DeliveryApiSettings settings)
{
    private readonly Dictionary<Guid, JsonObject> _configurations = [];

    public JsonObject? RenderItem(PublishedDocument item)
    {
        if (BuildRoute(item) is not { } route)
        {
            return null;
        }

        var scope = OutputExpansionScope.ForItem(request.Expand, request.Fields);
        var properties = MapProperties(item, schema.GetContentType(item.ContentTypeAlias), item.Values, scope, null);
        var result = Envelope(item, route, properties);
        if (request.IncludeCultures)
        {
            // CareerCms content is invariant: Umbraco writes an empty object for it.
            result["cultures"] = new JsonObject();
        }

        return result;
    }

    public DeliveryApiRoute? BuildRoute(PublishedDocument item) =>
        routes.Build(item, request.Source, request.Preview && request.IsNeverPublished?.Invoke(item) == true);

    private JsonObject? RenderNested(PublishedDocument item, OutputExpansionScope scope)
    {
        // Umbraco's content cache for the Delivery API hides disallowed types, so pickers drop them.
        if (!settings.IsAllowed(item.ContentTypeAlias) || BuildRoute(item) is not { } route)
        {
            return null;
        }

        var properties = scope.IsExpanding
            ? MapProperties(item, schema.GetContentType(item.ContentTypeAlias), item.Values, scope, null)
            : [];
        return Envelope(item, route, properties);
    }

    private JsonObject? RenderElement(DeliveryApiElement element, PublishedDocument owner, OutputExpansionScope scope)
    {
        if (schema.GetContentType(element.ContentTypeKey) is not { } elementType)
        {
            return null;
        }

        return new JsonObject
        {
            ["contentType"] = elementType.Alias,
            ["id"] = DeliveryApiJson.Id(element.Key),
            ["properties"] = MapProperties(owner, elementType, element.Values, scope, element.Key),
        };
    }

    private JsonObject MapProperties(
        PublishedDocument owner,
        ContentTypeDefinition? type,
        IReadOnlyDictionary<string, string?> values,
        OutputExpansionScope scope,
        Guid? elementKey)
    {
        var result = new JsonObject();
        if (type is null)
        {
            return result;
        }

        foreach (var property in schema.GetProperties(type))
        {
            if (scope.Includes(property.Alias))
            {
                result[property.Alias] = RenderProperty(property, values.GetValueOrDefault(property.Alias), owner, scope.ForProperty(property.Alias), elementKey);
            }
        }

        return result;
    }

    private JsonNode? RenderProperty(
        PropertyTypeDefinition property, string? rawValue, PublishedDocument owner, OutputExpansionScope scope, Guid? elementKey)
    {
        var dataType = schema.GetDataType(property.DataTypeKey);
        var context = new PropertyRenderContext
        {
            PropertyType = property,
            DataType = dataType,
            Configuration = Configuration(dataType),
            RawValue = rawValue,
            Owner = owner,
            OwnerElementKey = elementKey,
            Expansion = scope,
            Preview = request.Preview,
            Source = request.Source,
            Settings = settings,
            ContentRenderer = item => RenderNested(item, scope),
            ElementRenderer = element => RenderElement(element, owner, scope),
            RouteBuilder = BuildRoute,
        };
        return renderers.Resolve(context.EditorAlias).Render(context);
    }

    /// <summary>Data type configuration parsed once per pass (renderers only read it).</summary>
    private JsonObject Configuration(DataTypeDefinition? dataType)
    {
        if (dataType is null)
        {
            return [];
        }

        if (!_configurations.TryGetValue(dataType.Key, out var configuration))
        {
            configuration = dataType.Config;
            _configurations[dataType.Key] = configuration;
        }

        return configuration;
    }

    private static JsonObject Envelope(PublishedDocument item, DeliveryApiRoute route, JsonObject properties) => new()
    {
        ["contentType"] = item.ContentTypeAlias,
        ["name"] = item.Name,
        ["createDate"] = DeliveryApiJson.Date(item.CreateDate),
        ["updateDate"] = DeliveryApiJson.Date(item.UpdateDate),
        ["route"] = route.ToJson(),
        ["id"] = DeliveryApiJson.Id(item.Key),
        ["properties"] = properties,
    };
}
