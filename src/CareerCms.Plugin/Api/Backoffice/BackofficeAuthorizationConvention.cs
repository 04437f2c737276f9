using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.Mvc.Authorization;
using Microsoft.Extensions.Options;

namespace CareerCms.Plugin.Api.Backoffice;

/// <summary>Marks a controller as backoffice data: it requires <see cref="CareerCmsBackofficeOptions.AuthorizationPolicy"/>.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class CareerCmsBackofficeApiAttribute : Attribute;

/// <summary>
/// Puts the configured backoffice policy on every <see cref="CareerCmsBackofficeApiAttribute"/> controller, so the
/// host decides how the backoffice authorizes (a policy name cannot be a compile-time constant of the package).
/// </summary>
internal sealed class BackofficeAuthorizationConvention(IOptions<CareerCmsBackofficeOptions> options) : IConfigureOptions<MvcOptions>
{
    public void Configure(MvcOptions mvc) => mvc.Conventions.Add(new Convention(options.Value.AuthorizationPolicy));

    private sealed class Convention(string? policy) : IApplicationModelConvention
    {
        public void Apply(ApplicationModel application)
        {
            if (string.IsNullOrWhiteSpace(policy))
            {
                return;
            }

            foreach (var controller in application.Controllers.Where(c => c.Attributes.OfType<CareerCmsBackofficeApiAttribute>().Any()))
            {
                controller.Filters.Add(new AuthorizeFilter(policy));
            }
        }
    }
}
