using Microsoft.Extensions.Primitives;

// usage: CareerCms.CeilingServer <folder> --urls http://127.0.0.1:PORT
// Every file <folder>/<name>.json is served, byte for byte, at GET /<name> with Content-Type application/json.
// No routing, no middleware, no logging: one dictionary look-up and one write per request.
if (args.Length < 1 || !Directory.Exists(args[0]))
{
    Console.Error.WriteLine("usage: CareerCms.CeilingServer <folder of *.json bodies> [--urls http://127.0.0.1:PORT]");
    return 2;
}

var bodies = Directory.GetFiles(args[0], "*.json").ToDictionary(
    f => "/" + Path.GetFileNameWithoutExtension(f), f => File.ReadAllBytes(f), StringComparer.Ordinal);

var builder = WebApplication.CreateSlimBuilder(args[1..]);
builder.Logging.ClearProviders();
var app = builder.Build();
var contentType = new StringValues("application/json; charset=utf-8");
app.Run(async context =>
{
    if (!bodies.TryGetValue(context.Request.Path.Value ?? "", out var body))
    {
        context.Response.StatusCode = 404;
        return;
    }

    context.Response.Headers.ContentType = contentType;
    context.Response.ContentLength = body.Length;
    await context.Response.Body.WriteAsync(body).ConfigureAwait(false);
});
foreach (var (path, body) in bodies)
{
    Console.WriteLine($"{path}: {body.Length} bytes");
}

await app.RunAsync().ConfigureAwait(false);
return 0;
