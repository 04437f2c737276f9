using CareerCms.Web.Search.Management;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Umbraco.Cms.Core.Composing;
using Umbraco.Cms.Core.DependencyInjection;

namespace CareerCms.Web.Tests.Search;

/// <summary>
/// Test sites that set <see cref="Setting"/> expose the Examine management endpoints without authentication under
/// <see cref="Prefix"/> (the real host maps them on the backoffice's authorized group), so the tests can call them
/// over HTTP. Other test hosts are left alone.
/// </summary>
public sealed class ExamineManagementTestComposer : IComposer
{
    public const string Prefix = "/test/management/api/v1";

    public const string Setting = "CareerCms:Tests:MapExamineManagementApi";

    public void Compose(IUmbracoBuilder builder)
    {
        if (string.Equals(builder.Config[Setting], "true", StringComparison.OrdinalIgnoreCase))
        {
            builder.Services.AddTransient<IStartupFilter, MapManagementFilter>();
        }
    }

    private sealed class MapManagementFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.UseRouting();
            app.UseEndpoints(endpoints => endpoints.MapGroup(Prefix).MapExamineManagementApi());
            next(app);
        };
    }
}
