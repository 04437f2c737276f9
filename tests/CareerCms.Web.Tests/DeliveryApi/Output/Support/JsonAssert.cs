using System.Text.Json.Nodes;

namespace CareerCms.Web.Tests.DeliveryApi.Output.Support;

/// <summary>JSON comparisons that print both sides on failure.</summary>
public static class JsonAssert
{
    /// <summary>Structural equality (object key order ignored).</summary>
    public static void Equal(string expectedJson, JsonNode? actual)
    {
        var expected = JsonNode.Parse(expectedJson);
        Assert.True(JsonNode.DeepEquals(expected, actual), $"Expected {expected?.ToJsonString()}\n  Actual {actual?.ToJsonString() ?? "null"}");
    }

    /// <summary>The keys of an object in order.</summary>
    public static IReadOnlyList<string> Keys(JsonNode? node) => [.. ((JsonObject)node!).Select(p => p.Key)];
}
