using CareerCms.Web.Composition;
using CareerCms.Web.Sync.Management;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddProblemDetails();
builder.Services.AddCareerCmsRuntime(builder.Configuration, builder.Environment);
builder.Services.AddUmbracoComposition(builder.Configuration, typeof(Program).Assembly).AddCareerCmsHostFeatures().Build();

var app = builder.Build();

// --usync-import [folder] / --usync-export [folder]: run once and exit.
if (await app.Services.RunUSyncCommandAsync(args) is { } exitCode)
{
    return exitCode;
}

await app.Services.GetRequiredService<CareerCmsStartup>().RunAsync(app.Lifetime.ApplicationStopping);
app.UseCareerCms();
await app.RunAsync();
return 0;

/// <summary>Entry point type, public so WebApplicationFactory&lt;Program&gt; can host the site in tests.</summary>
public partial class Program;
