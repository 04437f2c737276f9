using CareerCms.Web.Content.Schema;
using CareerCms.Web.DeliveryApi.Output.Renderers;
using CareerCms.Web.DeliveryApi.Output.Renderers.Blocks;
using CareerCms.Web.DeliveryApi.Output.Renderers.RichText;
using CareerCms.Web.DeliveryApi.Output.Routing;
using CareerCms.Web.DeliveryApi.Output.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CareerCms.Web.DeliveryApi.Output;

/// <summary>Registers the Delivery API output layer.</summary>
public static class DeliveryApiOutputServiceCollectionExtensions
{
    /// <summary>
    /// Adds the content renderer, route builder, renderer registry, the schema adapter over
    /// <see cref="SchemaCatalog"/> (kept if one is already registered) and the built-in property renderers.
    /// Safe to call twice. Binding <see cref="DeliveryApiSettings"/> to configuration stays with the host.
    /// Renderers the host or plugins register as <see cref="IDeliveryApiPropertyRenderer"/> are asked before the
    /// built-in ones whether they are added before or after this call.
    /// </summary>
    public static IServiceCollection AddDeliveryApiOutput(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<DeliveryApiSettings>();
        services.TryAddSingleton<IDeliveryApiSchema>(sp => new SchemaCatalogDeliveryApiSchema(sp.GetRequiredService<SchemaCatalog>()));
        services.TryAddSingleton<DeliveryApiRouteBuilder>();
        services.TryAddSingleton<DeliveryApiPropertyRendererRegistry>();
        services.TryAddSingleton<DeliveryApiContentRenderer>();
        AddBuiltIn<TextRenderer>(services);
        AddBuiltIn<RichTextRenderer>(services);
        AddBuiltIn<IntegerRenderer>(services);
        AddBuiltIn<DecimalRenderer>(services);
        AddBuiltIn<TrueFalseRenderer>(services);
        AddBuiltIn<TagsRenderer>(services);
        AddBuiltIn<DropDownRenderer>(services);
        AddBuiltIn<CheckBoxListRenderer>(services);
        AddBuiltIn<RadioButtonListRenderer>(services);
        AddBuiltIn<DateTimeRenderer>(services);
        AddBuiltIn<ContentPickerRenderer>(services);
        AddBuiltIn<MultiNodeTreePickerRenderer>(services);
        AddBuiltIn<MediaPickerRenderer>(services);
        AddBuiltIn<BlockListRenderer>(services);
        AddBuiltIn<MultiUrlPickerRenderer>(services);
        AddBuiltIn<ColorPickerRenderer>(services);
        AddBuiltIn<LabelRenderer>(services);
        AddBuiltIn<MemberPickerRenderer>(services);
        return services;
    }

    private static void AddBuiltIn<TRenderer>(IServiceCollection services)
        where TRenderer : class, IBuiltInPropertyRenderer =>
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDeliveryApiPropertyRenderer, TRenderer>());
}
