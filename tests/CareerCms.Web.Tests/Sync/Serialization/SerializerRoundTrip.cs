using System.Text;
using CareerCms.Web.Sync.Serialization;

namespace CareerCms.Web.Tests.Sync.Serialization;

/// <summary>Asserts that a file re-serialized through a model is byte-identical, showing the first differing line.</summary>
internal static class SerializerRoundTrip
{
    public static void AssertSameBytes(byte[] expected, byte[] actual, string file)
    {
        if (expected.AsSpan().SequenceEqual(actual))
        {
            return;
        }

        var expectedLines = Encoding.UTF8.GetString(expected).Split('\n');
        var actualLines = Encoding.UTF8.GetString(actual).Split('\n');
        for (var i = 0; i < Math.Max(expectedLines.Length, actualLines.Length); i++)
        {
            var e = i < expectedLines.Length ? expectedLines[i] : "<end of file>";
            var a = i < actualLines.Length ? actualLines[i] : "<end of file>";
            if (e != a)
            {
                Assert.Fail($"{file} differs at line {i + 1}:\n expected: {e}\n   actual: {a}");
            }
        }

        Assert.Fail($"{file} differs in bytes only (encoding or BOM): {expected.Length} vs {actual.Length} bytes.");
    }

    public static byte[] Reserialize(byte[] file, Func<System.Xml.Linq.XElement, System.Xml.Linq.XElement> throughModel) =>
        USyncXml.ToBytes(throughModel(USyncXml.Parse(file)));
}
