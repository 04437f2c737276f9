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
    public JsonObject? RenderItem(PublishedDocument item)
    {
        if (BuildRoute(item) is not { } route)
        {
            return null;
        }

        var scope = OutputExpansionScope.ForItem(request.Expand, request.Fields);
        var properties = MapProperties(item, schema.GetContentType(item.ContentTypeAlias), item.Values, scope, null);

        // CareerCms content is invariant: Umbraco writes an empty cultures object for it.
        return Envelope(item, route, properties, request.IncludeCultures ? new JsonObject() : null);
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

        return new JsonObject(
        [
            new("contentType", elementType.Alias),
            new("id", DeliveryApiJson.Id(element.Key)),
            new("properties", MapProperties(owner, elementType, element.Values, scope, element.Key)),
        ]);
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
            Configuration = DataTypeConfigurations.For(dataType),
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

    /// <summary>The item's system keys in Umbraco's order, then its properties and (top level only) cultures.</summary>
    private static JsonObject Envelope(PublishedDocument item, DeliveryApiRoute route, JsonObject properties, JsonObject? cultures = null)
    {
        // Built from a sized array: the object's dictionary is allocated once instead of growing key by key.
        KeyValuePair<string, JsonNode?>[] keys = cultures is null ? new KeyValuePair<string, JsonNode?>[7] : new KeyValuePair<string, JsonNode?>[8];
        keys[0] = new("contentType", item.ContentTypeAlias);
        keys[1] = new("name", item.Name);
        keys[2] = new("createDate", DeliveryApiJson.Date(item.CreateDate));
        keys[3] = new("updateDate", DeliveryApiJson.Date(item.UpdateDate));
        keys[4] = new("route", route.ToJson());
        keys[5] = new("id", DeliveryApiJson.Id(item.Key));
        keys[6] = new("properties", properties);
        if (cultures is not null)
        {
            keys[7] = new("cultures", cultures);
        }

        return new JsonObject(keys);
    }
}
