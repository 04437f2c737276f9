using CareerCms.Plugin.Api.PathStarts;
using Microsoft.Extensions.DependencyInjection;
using Umbraco.Cms.Core.DependencyInjection;

namespace CareerCms.Plugin.Composing;

/// <summary>Registers everything the CareerCms package adds to an Umbraco site.</summary>
public static class CareerCmsBuilderExtensions
{
    /// <summary>
    /// Adds CareerCms once; calling it again (composer plus Program.cs) changes nothing. Registers the careers
    /// domain, default implementations of the ports (each with TryAdd, so a host's own wins when registered
    /// first or replaces it later), the path-count notification handlers, the Delivery API index handler,
    /// filters, sorts and selectors, the computed output, and the public and backoffice endpoints. The host
    /// must call <c>app.UseRateLimiter()</c> (policy <see cref="PathStartRateLimiting.PolicyName"/>) and
    /// <c>app.MapControllers()</c>.
    /// </summary>
    public static IUmbracoBuilder AddCareerCms(this IUmbracoBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (builder.Services.Any(d => d.ServiceType == typeof(CareerCmsMarker)))
        {
            return builder;
        }

        builder.Services.AddSingleton<CareerCmsMarker>();
        return builder
            .AddCareerCmsDomain()
            .AddCareerCmsDefaultPorts()
            .AddCareerCmsPathCounts()
            .AddCareerCmsDeliveryApi()
            .AddCareerCmsEndpoints()
            .AddCareerCmsValidation();
    }

    /// <summary>Marks that AddCareerCms has run on a service collection.</summary>
    internal sealed class CareerCmsMarker;
}
