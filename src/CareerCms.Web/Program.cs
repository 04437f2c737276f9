using CareerCms.Web.Composition;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddProblemDetails();
builder.Services.AddCareerCmsRuntime(builder.Configuration, builder.Environment);
builder.Services.AddUmbracoComposition(builder.Configuration, typeof(Program).Assembly).AddCareerCmsHostFeatures().Build();

var app = builder.Build();
await app.Services.GetRequiredService<CareerCmsStartup>().RunAsync(app.Lifetime.ApplicationStopping);
app.UseCareerCms();
await app.RunAsync();

/// <summary>Entry point type, public so WebApplicationFactory&lt;Program&gt; can host the site in tests.</summary>
public partial class Program;
