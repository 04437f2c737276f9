using CareerCms.Web.Backoffice.Content;
using CareerCms.Web.Backoffice.Extensions;
using CareerCms.Web.Backoffice.Management;
using CareerCms.Web.Backoffice.Schema;
using CareerCms.Web.Backoffice.Security;
using CareerCms.Web.Backoffice.Users;
using CareerCms.Web.Composition;
using CareerCms.Web.Content.UmbracoAdapters;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;
using Umbraco.Cms.Core.Configuration.Models;
using Umbraco.Cms.Core.DependencyInjection;

namespace CareerCms.Web.Backoffice;

/// <summary>Registers the backoffice (/umbraco): users and security, the Management API and the static UI.</summary>
public static class BackofficeBuilderExtensions
{
    /// <summary>The Management API's base path.</summary>
    public const string ManagementApiPath = "/umbraco/management/api/v1";

    /// <summary>
    /// Adds the backoffice services: Umbraco's security settings (<c>Umbraco:CMS:Security</c>, <c>Global:TimeOut</c>,
    /// <c>Unattended</c>), users and groups, cookie authentication, antiforgery and the Management API's helpers.
    /// Safe to call more than once.
    /// </summary>
    public static IUmbracoBuilder AddBackoffice(this IUmbracoBuilder builder)
    {
        var services = builder.Services;
        if (services.Any(s => s.ServiceType == typeof(BackofficeUserService)))
        {
            return builder;
        }

        var config = builder.Config;
        services.Configure<GlobalSettings>(config.GetSection("Umbraco:CMS:Global"));
        services.Configure<SecuritySettings>(config.GetSection("Umbraco:CMS:Security"));
        services.AddOptions<UserPasswordConfigurationSettings>().Bind(config.GetSection("Umbraco:CMS:Security:UserPassword"))
            .Validate(s => s.RequiredLength >= 1 && s.MaxFailedAccessAttemptsBeforeLockout >= 1, "UserPassword: RequiredLength and MaxFailedAccessAttemptsBeforeLockout must be at least 1.")
            .ValidateOnStart();
        services.Configure<UnattendedSettings>(config.GetSection("Umbraco:CMS:Unattended"));
        services.AddOptions<PasswordStrengthOptions>().Bind(config.GetSection(PasswordStrengthOptions.SectionName))
            .Validate(s => s.MinimumScore is >= 0 and <= 4, $"{PasswordStrengthOptions.SectionName}:MinimumScore must be 0 to 4.")
            .ValidateOnStart();
        services.AddOptions<BackofficeOptions>().Bind(config.GetSection(BackofficeOptions.SectionName));

        services.AddSingleton<IPasswordHasher<BackofficeUser>, PasswordHasher<BackofficeUser>>();
        services.AddSingleton<UserGroupRepository>();
        services.AddSingleton<UserRepository>();
        services.AddSingleton<PasswordPolicy>();
        services.AddSingleton<BackofficeUserService>();
        services.AddSingleton<UserGroupService>();
        services.AddSingleton<UserSessionRepository>();
        services.AddSingleton<UserSessionService>();
        services.AddOptions<SignInThrottleOptions>().Bind(config.GetSection(SignInThrottleOptions.SectionName))
            .Validate(s => s.MaxFailuresPerClient >= 1 && s.MaxFailuresPerClientAndAccount >= 1 && s.Window > TimeSpan.Zero,
                $"{SignInThrottleOptions.SectionName}: the maxima must be at least 1 and Window positive.")
            .ValidateOnStart();
        services.AddSingleton<SignInThrottle>();
        services.AddSingleton<IStartupStep, UnattendedInstallStep>();

        services.AddSingleton<DocumentTreeReader>();
        services.AddSingleton<DocumentAccess>();
        services.AddSingleton<DocumentPresenter>();
        services.AddSingleton<RichTextSanitizer>();
        services.AddSingleton<DocumentSaveValidation>();
        services.AddSingleton<PackageManifestReader>();

        services.AddSingleton<UmbracoDataTypeFactory>();
        services.AddSingleton<PropertyValueRewriter>();
        services.AddSingleton<DocumentTypeEditValidator>();
        services.AddSingleton<DocumentTypeEditingService>();
        services.AddSingleton<DataTypeConfigurationValidator>();
        services.AddSingleton<DataTypeEditingService>();

        services.AddBackofficeAuthentication();
        services.AddBackofficeAntiforgery();
        return builder;
    }

    /// <summary>
    /// Adds the backoffice to the pipeline: the UI at /umbraco, App_Plugins at /App_Plugins, authentication,
    /// antiforgery on every state-changing Management API request, and the Management API endpoints.
    /// </summary>
    public static WebApplication UseBackoffice(this WebApplication app)
    {
        app.Use(BackofficeHeaders);
        app.UseStaticFiles(new StaticFileOptions { OnPrepareResponse = c => c.Context.Response.Headers.CacheControl = "no-cache" });
        if (app.Services.GetRequiredService<IOptions<BackofficeOptions>>().Value.ResolveAppPluginsFolder(app.Environment.ContentRootPath) is { } plugins)
        {
            app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(plugins), RequestPath = "/App_Plugins" });
        }

        app.UseAuthentication();
        app.UseAuthorization();
        app.UseBackofficeAntiforgery(ManagementApiPath);

        app.MapGet("/umbraco", ServeIndex).ExcludeFromDescription();

        var anonymous = app.MapGroup(ManagementApiPath).WithRequestShapeCheck();
        anonymous.MapAnonymousSecurityApi();

        var api = app.MapGroup(ManagementApiPath).RequireAuthorization(BackofficeAuthentication.Policy).WithRequestShapeCheck();
        api.MapSecurityApi();
        api.MapDocumentApi();
        api.MapDocumentActionsApi();
        api.MapDocumentTreeApi();
        api.MapDocumentVersionApi();
        api.MapRecycleBinApi();
        api.MapSchemaApi();
        api.MapUserApi();
        api.MapUserGroupApi();
        api.MapGet("/manifest/manifest", async (PackageManifestReader manifests, CancellationToken ct) => TypedResults.Ok(await manifests.ReadAsync(ct).ConfigureAwait(false)))
            .WithTags("Manifest");
        return app;
    }

    /// <summary>
    /// A route group under the Management API for another feature's endpoints (e.g. uSync at <c>usync</c>): it needs a
    /// signed-in backoffice user with <paramref name="section"/> (default Settings), and antiforgery applies to its
    /// state-changing requests like everywhere under /umbraco/management/api.
    /// </summary>
    public static RouteGroupBuilder MapManagementApiGroup(this IEndpointRouteBuilder endpoints, string prefix, string section = BackofficePermissions.SettingsSection) =>
        endpoints.MapGroup($"{ManagementApiPath}/{prefix.Trim('/')}")
            .RequireAuthorization(BackofficeAuthentication.Policy)
            .RequireSection(section)
            .WithRequestShapeCheck();

    private static IResult ServeIndex(IWebHostEnvironment environment)
    {
        var file = environment.WebRootFileProvider.GetFileInfo("umbraco/index.html");
        return file.Exists && file.PhysicalPath is not null
            ? TypedResults.PhysicalFile(file.PhysicalPath, "text/html; charset=utf-8")
            : TypedResults.Problem(title: "The backoffice UI files are missing", statusCode: 500);
    }

    // The UI is same-origin only: no inline script, no framing, no sniffing.
    private static Task BackofficeHeaders(HttpContext context, Func<Task> next)
    {
        if (context.Request.Path.StartsWithSegments("/umbraco") && !context.Request.Path.StartsWithSegments("/umbraco/delivery"))
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy =
                "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "same-origin";
        }

        return next();
    }
}
