using System.Reflection;

namespace CareerCms.Plugin.Tests.Support;

/// <summary>
/// A fake of any interface from a table of member answers (by method or property-getter name); members a test
/// does not answer throw, so an unexpected call shows up. Out parameters are filled from tuple answers.
/// </summary>
internal class Fake : DispatchProxy
{
    private Dictionary<string, Func<object?[], object?>> _answers = [];

    public static T Of<T>(Dictionary<string, Func<object?[], object?>> answers)
        where T : class
    {
        var proxy = Create<T, Fake>();
        ((Fake)(object)proxy)._answers = answers;
        return proxy;
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        ArgumentNullException.ThrowIfNull(targetMethod);
        var name = targetMethod.Name.StartsWith("get_", StringComparison.Ordinal) ? targetMethod.Name[4..] : targetMethod.Name;
        if (!_answers.TryGetValue(name, out var answer))
        {
            throw new NotSupportedException($"The fake does not answer {targetMethod.DeclaringType?.Name}.{targetMethod.Name}.");
        }

        return answer(args ?? []);
    }
}
