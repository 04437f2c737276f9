using Microsoft.Extensions.DependencyInjection;
using Umbraco.Cms.Core.DependencyInjection;

namespace CareerCms.Plugin.Composing;

/// <summary>Registers everything the CareerCms package adds to an Umbraco site.</summary>
public static class CareerCmsBuilderExtensions
{
    /// <summary>Adds CareerCms once; calling it again (composer plus Program.cs) changes nothing.</summary>
    public static IUmbracoBuilder AddCareerCms(this IUmbracoBuilder builder)
    {
        if (builder.Services.Any(d => d.ServiceType == typeof(CareerCmsMarker)))
        {
            return builder;
        }

        builder.Services.AddSingleton<CareerCmsMarker>();
        return builder;
    }

    /// <summary>Marks that AddCareerCms has run on a service collection.</summary>
    internal sealed class CareerCmsMarker;
}
