using CareerCms.Plugin.Api.Analysis;
using CareerCms.Plugin.Api.Backoffice;
using CareerCms.Plugin.Api.Matching;
using CareerCms.Plugin.Api.PathStarts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Umbraco.Cms.Core.DependencyInjection;

namespace CareerCms.Plugin.Composing;

/// <summary>The public endpoints (match, path start, skills) and the backoffice data endpoints.</summary>
internal static class CareerCmsEndpointRegistration
{
    public static IUmbracoBuilder AddCareerCmsEndpoints(this IUmbracoBuilder builder)
    {
        var services = builder.Services;
        AddValidatedOptions<CareerMatchOptions>(builder, CareerMatchOptions.SectionName, o => o.Failures());
        AddValidatedOptions<PathStartOptions>(builder, PathStartOptions.SectionName, o => o.Failures());

        services.AddSingleton<CareerMatchService>();
        services.AddSingleton<PathStartService>();
        services.AddSingleton<VisitorIdentity>();
        services.AddDataProtection();
        services.AddSingleton<TransitionPathAnalysisService>();
        services.AddSingleton<PathCountDashboardService>();

        // MVC holds each controller type once, so this is harmless where the site already discovers the assembly.
        services.AddControllers().AddApplicationPart(typeof(CareerCmsComposer).Assembly);
        services.AddOptions<CareerCmsBackofficeOptions>().Bind(builder.Config.GetSection(CareerCmsBackofficeOptions.SectionName));
        services.AddSingleton<IConfigureOptions<Microsoft.AspNetCore.Mvc.MvcOptions>, BackofficeAuthorizationConvention>();
        services.AddRateLimiter(options =>
        {
            TryAddPolicy<PathStartRateLimiting>(options, PathStartRateLimiting.PolicyName);
            TryAddPolicy<CareerMatchRateLimiting>(options, CareerMatchRateLimiting.PolicyName);
        });
        return builder;
    }

    /// <summary>Adds a policy unless the host registered its own under the same name.</summary>
    private static void TryAddPolicy<TPolicy>(RateLimiterOptions options, string name)
        where TPolicy : class, IRateLimiterPolicy<string>
    {
        try
        {
            options.AddPolicy<string, TPolicy>(name);
        }
        catch (ArgumentException)
        {
            // The host configured this policy itself; its choice wins.
        }
    }

    private static void AddValidatedOptions<T>(IUmbracoBuilder builder, string section, Func<T, IEnumerable<string>> failures)
        where T : class
    {
        builder.Services.AddOptions<T>().Bind(builder.Config.GetSection(section)).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<T>>(new DelegateOptionsValidator<T>(failures));
    }

    private sealed class DelegateOptionsValidator<T>(Func<T, IEnumerable<string>> failures) : IValidateOptions<T>
        where T : class
    {
        public ValidateOptionsResult Validate(string? name, T options)
        {
            var found = failures(options).ToList();
            return found.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(found);
        }
    }
}
