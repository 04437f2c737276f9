using System.Collections;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NSwag;
using NSwag.CodeGeneration.CSharp;
using NSwag.CodeGeneration.OperationNameGenerators;
using NJsonSchema.CodeGeneration.CSharp;

namespace CareerCms.Web.Tests.DeliveryApi.OpenApi;

/// <summary>
/// A typed client generated in-process from an OpenAPI document with NSwag (System.Text.Json, one class, methods
/// named by operation id), compiled with Roslyn and loaded into a collectible context, called through reflection.
/// </summary>
internal sealed class GeneratedDeliveryClient : IDisposable
{
    public const string Namespace = "Generated.Delivery";
    public const string ClassName = "DeliveryApiClient";
    private readonly AssemblyLoadContext _context;
    private readonly object _client;

    private GeneratedDeliveryClient(AssemblyLoadContext context, object client, string code)
    {
        _context = context;
        _client = client;
        Code = code;
    }

    /// <summary>The generated C#.</summary>
    public string Code { get; }

    /// <summary>Generates, compiles and instantiates the client over <paramref name="http"/> (its BaseAddress is the site).</summary>
    public static async Task<GeneratedDeliveryClient> CreateAsync(string documentJson, HttpClient http)
    {
        var document = await OpenApiDocument.FromJsonAsync(documentJson);
        var settings = new CSharpClientGeneratorSettings
        {
            ClassName = ClassName,
            UseBaseUrl = false,
            GenerateClientInterfaces = false,
            OperationNameGenerator = new SingleClientFromOperationIdOperationNameGenerator(),
        };
        settings.CSharpGeneratorSettings.Namespace = Namespace;
        settings.CSharpGeneratorSettings.JsonLibrary = CSharpJsonLibrary.SystemTextJson;
        var code = new CSharpClientGenerator(document, settings).GenerateFile();

        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(path => MetadataReference.CreateFromFile(path));
        var compilation = CSharpCompilation.Create(
            "GeneratedDeliveryClient",
            [CSharpSyntaxTree.ParseText(code)],
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Disable));
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        var errors = emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).ToArray();
        Assert.True(emitted.Success, "The generated client does not compile:\n" + string.Join('\n', errors.Take(20)));

        image.Position = 0;
        var context = new AssemblyLoadContext("generated-delivery-client", isCollectible: true);
        var assembly = context.LoadFromStream(image);
        var type = assembly.GetType($"{Namespace}.{ClassName}", throwOnError: true)!;
        return new GeneratedDeliveryClient(context, Activator.CreateInstance(type, http)!, code);
    }

    /// <summary>
    /// Calls <c>{operationId}Async</c> (the overload taking a CancellationToken), with the named arguments and null
    /// for the others, and returns the result object.
    /// </summary>
    public async Task<object> CallAsync(string operationId, IReadOnlyDictionary<string, object?> arguments)
    {
        var method = _client.GetType().GetMethods()
            .Single(m => m.Name == operationId + "Async" && m.GetParameters().LastOrDefault()?.ParameterType == typeof(CancellationToken));
        var unknown = arguments.Keys.Except(method.GetParameters().Select(p => p.Name!)).ToArray();
        Assert.True(unknown.Length == 0, $"{method.Name} has no parameter(s) {string.Join(", ", unknown)}: {string.Join(", ", method.GetParameters().Select(p => p.Name))}");
        var values = method.GetParameters()
            .Select(p => p.ParameterType == typeof(CancellationToken) ? CancellationToken.None : arguments.GetValueOrDefault(p.Name!))
            .ToArray();
        var task = (Task)method.Invoke(_client, values)!;
        await task;
        return task.GetType().GetProperty("Result")!.GetValue(task)!;
    }

    /// <summary>A property of a generated model, by its C# name.</summary>
    public static object? Get(object model, string property) =>
        model.GetType().GetProperty(property, BindingFlags.Public | BindingFlags.Instance)?.GetValue(model)
        ?? throw new InvalidOperationException($"{model.GetType().Name} has no value for {property}.");

    /// <summary>The items of a generated collection.</summary>
    public static IReadOnlyList<object> Items(object collection) => ((IEnumerable)collection).Cast<object>().ToArray();

    public void Dispose() => _context.Unload();
}
