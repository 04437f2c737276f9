using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace CareerCms.Web.Corpus;

/// <summary>
/// Property values in the raw storage formats of the starter uSync content (<c>uSync/v17/Content</c>): what
/// Umbraco stores and uSync writes inside <c>&lt;Value&gt;&lt;![CDATA[...]]&gt;</c>. JSON is written with relaxed
/// escaping, as the starter files are (no <c>\u003C</c> for <c>&lt;</c>), compact except block lists, which are
/// two-space indented with LF newlines.
/// </summary>
public static class CorpusValues
{
    private static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly JsonWriterOptions Indented = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",
    };

    /// <summary>An Integer property: the number as invariant text, e.g. <c>130000</c>.</summary>
    public static string Integer(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A single-choice Dropdown (Flexible): a JSON array with the item, e.g. <c>["Mid-Senior"]</c>.</summary>
    public static string Dropdown(string item) => Write(Compact, w =>
    {
        w.WriteStartArray();
        w.WriteStringValue(item);
        w.WriteEndArray();
    });

    /// <summary>A Tags property (JSON storage): a JSON array of strings; null when there are none.</summary>
    public static string? Tags(IEnumerable<string> tags)
    {
        var list = tags.ToList();
        return list.Count == 0 ? null : Write(Compact, w =>
        {
            w.WriteStartArray();
            list.ForEach(w.WriteStringValue);
            w.WriteEndArray();
        });
    }

    /// <summary>A document UDI as a Content Picker stores it: <c>umb://document/{key without hyphens}</c>.</summary>
    public static string DocumentUdi(Guid key) => "umb://document/" + key.ToString("N", CultureInfo.InvariantCulture);

    /// <summary>A Multinode Treepicker value: comma-separated document UDIs; null when none is picked.</summary>
    public static string? DocumentUdis(IEnumerable<Guid> keys)
    {
        var udis = string.Join(',', keys.Select(DocumentUdi));
        return udis.Length == 0 ? null : udis;
    }

    /// <summary>A Rich Text value: <c>{"markup":"&lt;p&gt;..&lt;/p&gt;","blocks":null}</c>.</summary>
    public static string RichText(string markup) => Write(Compact, w =>
    {
        w.WriteStartObject();
        w.WriteString("markup", markup);
        w.WriteNull("blocks");
        w.WriteEndObject();
    });

    /// <summary>Rich text of paragraphs: each text HTML-encoded and wrapped in <c>&lt;p&gt;</c>.</summary>
    public static string Paragraphs(params string[] texts) =>
        RichText(string.Concat(texts.Where(t => t.Length > 0).Select(t => "<p>" + Html(t) + "</p>")));

    /// <summary>
    /// Text encoded for markup: only <c>&amp;</c>, <c>&lt;</c>, <c>&gt;</c> and <c>"</c> become entities; apostrophes,
    /// currency signs and other characters stay literal, as in the starter rich text.
    /// </summary>
    public static string Html(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.AsSpan().IndexOfAny("&<>\"") < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }

    /// <summary>
    /// A Block List value in Umbraco 15+'s shape, exactly as the starter's <c>requiredSkills</c>: <c>layout</c>
    /// (<c>Umbraco.BlockList</c> entries with <c>contentKey</c> and a null <c>settingsKey</c>), <c>contentData</c>
    /// (<c>contentTypeKey</c>, <c>key</c>, <c>values</c> of editorAlias/culture/segment/alias/value),
    /// empty <c>settingsData</c> and one invariant <c>expose</c> entry per block. Null when there are no blocks.
    /// </summary>
    public static string? BlockList(IReadOnlyList<CorpusBlock> blocks)
    {
        if (blocks.Count == 0)
        {
            return null;
        }

        return Write(Indented, w =>
        {
            w.WriteStartObject();
            w.WriteStartObject("layout");
            w.WriteStartArray("Umbraco.BlockList");
            foreach (var block in blocks)
            {
                w.WriteStartObject();
                w.WriteString("contentKey", block.Key);
                w.WriteNull("settingsKey");
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteStartArray("contentData");
            foreach (var block in blocks)
            {
                w.WriteStartObject();
                w.WriteString("contentTypeKey", block.ContentTypeKey);
                w.WriteString("key", block.Key);
                w.WriteStartArray("values");
                foreach (var value in block.Values)
                {
                    w.WriteStartObject();
                    w.WriteString("editorAlias", value.EditorAlias);
                    w.WriteNull("culture");
                    w.WriteNull("segment");
                    w.WriteString("alias", value.Alias);
                    w.WritePropertyName("value");
                    switch (value.Value)
                    {
                        case int number:
                            w.WriteNumberValue(number);
                            break;
                        case string text:
                            w.WriteStringValue(text);
                            break;
                        default:
                            w.WriteNullValue();
                            break;
                    }

                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("settingsData");
            w.WriteEndArray();
            w.WriteStartArray("expose");
            foreach (var block in blocks)
            {
                w.WriteStartObject();
                w.WriteString("contentKey", block.Key);
                w.WriteNull("culture");
                w.WriteNull("segment");
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        });
    }

    private static string Write(JsonWriterOptions options, Action<Utf8JsonWriter> write)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, options))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}

/// <summary>One block of a Block List value.</summary>
/// <param name="ContentTypeKey">The element type's key.</param>
/// <param name="Key">The block's content key.</param>
/// <param name="Values">The element's values, in the order written.</param>
public sealed record CorpusBlock(Guid ContentTypeKey, Guid Key, IReadOnlyList<CorpusBlockValue> Values);

/// <summary>One value of a block element: a string (e.g. a UDI) or an integer, written as a JSON string or number.</summary>
/// <param name="EditorAlias">The property editor alias, e.g. <c>Umbraco.Integer</c>.</param>
/// <param name="Alias">The element property alias.</param>
/// <param name="Value">A <see cref="string"/>, an <see cref="int"/> or null.</param>
public sealed record CorpusBlockValue(string EditorAlias, string Alias, object? Value);
