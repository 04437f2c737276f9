using Microsoft.Extensions.Options;

namespace CareerCms.Web.Tests.DeliveryApi.Output.Support;

/// <summary>An options monitor that always answers the same value.</summary>
public sealed class StaticOptionsMonitor<T>(T value) : IOptionsMonitor<T>
{
    public T CurrentValue => value;

    public T Get(string? name) => value;

    public IDisposable? OnChange(Action<T, string?> listener) => null;
}
