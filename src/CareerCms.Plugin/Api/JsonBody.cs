using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace CareerCms.Plugin.Api;

/// <summary>Why a JSON body could not be read.</summary>
public enum JsonBodyStatus
{
    Success,
    TooLarge,
    WrongContentType,
    Malformed,
}

/// <summary>
/// Reads a small JSON body with a hard size limit, whatever server hosts the site: the declared length is checked
/// first, then at most limit + 1 bytes are read, so an oversized or endless body costs no more than the limit.
/// </summary>
public static class JsonBody
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    /// <summary>The body as <typeparamref name="T"/>, or why not.</summary>
    public static async Task<(T? Value, JsonBodyStatus Status)> ReadAsync<T>(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.ContentLength > maxBytes)
        {
            return (null, JsonBodyStatus.TooLarge);
        }

        if (request.ContentType is { } type && !type.Contains("json", StringComparison.OrdinalIgnoreCase))
        {
            return (null, JsonBodyStatus.WrongContentType);
        }

        var buffer = new byte[maxBytes + 1];
        var length = 0;
        int read;
        while (length < buffer.Length && (read = await request.Body.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false)) > 0)
        {
            length += read;
        }

        if (length > maxBytes)
        {
            return (null, JsonBodyStatus.TooLarge);
        }

        try
        {
            var value = length == 0 ? null : JsonSerializer.Deserialize<T>(buffer.AsSpan(0, length), Options);
            return value is null ? (null, JsonBodyStatus.Malformed) : (value, JsonBodyStatus.Success);
        }
        catch (JsonException)
        {
            return (null, JsonBodyStatus.Malformed);
        }
    }
}
