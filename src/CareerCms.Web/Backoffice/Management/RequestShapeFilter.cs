using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;

namespace CareerCms.Web.Backoffice.Management;

/// <summary>A section the signed-in user needs for an endpoint (endpoint metadata, see <see cref="RequestShapeFilter.RequireSection{TBuilder}"/>).</summary>
public sealed record BackofficeSectionRequirement(string Section);

/// <summary>
/// The one filter in front of every Management API endpoint, in Umbraco's order: first the section the endpoint
/// requires (<see cref="BackofficeSectionRequirement"/> metadata; 403), then the body's shape: a request body that
/// JSON could bind but whose shape breaks its model's nullability (a member the model declares non-nullable sent as
/// <c>null</c> or left out, or a <c>null</c> inside a list of non-nullable items) is refused with a 400 ProblemDetails
/// naming the field, before any endpoint code can trip over it. Walks CareerCms's own request models only, at most
/// <see cref="MaxDepth"/> deep.
/// </summary>
public static class RequestShapeFilter
{
    /// <summary>Nesting deeper than this is not walked (request models are shallow).</summary>
    public const int MaxDepth = 8;

    private static readonly ConcurrentDictionary<Type, MemberShape[]> Shapes = new();

    /// <summary>Adds the filter to a group (once, on the outermost Management API group).</summary>
    public static TBuilder WithRequestShapeCheck<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(InvokeAsync);

    /// <summary>The endpoints of <paramref name="builder"/> need <paramref name="section"/> (403 otherwise).</summary>
    public static TBuilder RequireSection<TBuilder>(this TBuilder builder, string section)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new BackofficeSectionRequirement(section));

    /// <summary>The filter.</summary>
    public static async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var sections = context.HttpContext.GetEndpoint()?.Metadata.GetOrderedMetadata<BackofficeSectionRequirement>() ?? [];
        if (sections.Count > 0)
        {
            var user = Security.CurrentUser.Get(context.HttpContext);
            if (sections.FirstOrDefault(s => user is null || !user.Sections.Contains(s.Section)) is { } missing)
            {
                return ManagementProblems.Forbidden($"You have no access to the {SectionName(missing.Section)} section.");
            }
        }

        foreach (var argument in context.Arguments)
        {
            if (argument is not null && IsRequestModel(argument.GetType()) && FirstProblem(argument, "", 0) is { } problem)
            {
                return ManagementProblems.BadRequest("Invalid request body", problem);
            }
        }

        return await next(context).ConfigureAwait(false);
    }

    private static string SectionName(string alias) => alias.StartsWith("Umb.Section.", StringComparison.Ordinal) ? alias["Umb.Section.".Length..] : alias;

    /// <summary>The first shape problem of <paramref name="model"/>, or null.</summary>
    public static string? FirstProblem(object model, string path, int depth)
    {
        if (depth > MaxDepth)
        {
            return null;
        }

        foreach (var member in ShapeOf(model.GetType()))
        {
            var value = member.Property.GetValue(model);
            var name = path.Length == 0 ? member.JsonName : $"{path}.{member.JsonName}";
            if (value is null)
            {
                if (member.Required)
                {
                    return $"'{name}' is required.";
                }

                continue;
            }

            if (ItemProblem(value, name, member.ItemsRequired, depth) is { } problem)
            {
                return problem;
            }
        }

        return null;
    }

    private static string? ItemProblem(object value, string name, bool itemsRequired, int depth)
    {
        if (value is string || !(value is IEnumerable items))
        {
            return IsRequestModel(value.GetType()) ? FirstProblem(value, name, depth + 1) : null;
        }

        if (value is IDictionary dictionary)
        {
            foreach (DictionaryEntry entry in dictionary)
            {
                if (entry.Value is null && itemsRequired)
                {
                    return $"'{name}.{entry.Key}' must not be null.";
                }
            }

            return null;
        }

        var index = 0;
        foreach (var item in items)
        {
            if (item is null)
            {
                if (itemsRequired)
                {
                    return $"'{name}[{index}]' must not be null.";
                }
            }
            else if (IsRequestModel(item.GetType()) && FirstProblem(item, $"{name}[{index}]", depth + 1) is { } problem)
            {
                return problem;
            }

            index++;
        }

        return null;
    }

    private static bool IsRequestModel(Type type) =>
        type is { IsClass: true, Namespace: not null } && type.Namespace.StartsWith("CareerCms.", StringComparison.Ordinal) && type != typeof(string);

    private static MemberShape[] ShapeOf(Type type) => Shapes.GetOrAdd(type, static t =>
    {
        // NullabilityInfoContext is not thread-safe: one per type, inside GetOrAdd's factory.
        var nullability = new NullabilityInfoContext();
        return t.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && p.CanRead)
            .Select(p =>
            {
                var info = nullability.Create(p);
                var items = info.ElementType ?? (info.GenericTypeArguments.Length switch
                {
                    1 => info.GenericTypeArguments[0],
                    2 => info.GenericTypeArguments[1],
                    _ => null,
                });
                return new MemberShape(
                    p,
                    char.ToLowerInvariant(p.Name[0]) + p.Name[1..],
                    !p.PropertyType.IsValueType && info.ReadState == NullabilityState.NotNull,
                    items is not null && !items.Type.IsValueType && items.ReadState == NullabilityState.NotNull);
            })
            .ToArray();
    });

    private sealed record MemberShape(PropertyInfo Property, string JsonName, bool Required, bool ItemsRequired);
}
