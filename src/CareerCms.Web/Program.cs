var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();
app.MapGet("/", () => "CareerCms");
app.Run();

/// <summary>Entry point type, public so WebApplicationFactory&lt;Program&gt; can host the site in tests.</summary>
public partial class Program;
