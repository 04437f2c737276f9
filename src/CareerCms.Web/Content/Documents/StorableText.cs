using System.Xml;

namespace CareerCms.Web.Content.Documents;

/// <summary>
/// What text the engine accepts, so that everything stored can also be indexed, served and written to uSync's XML:
/// names are at most <see cref="MaxNameLength"/> characters without control characters; values hold no character
/// that XML 1.0 cannot carry (NUL, most C0 controls, lone surrogates, U+FFFE/U+FFFF).
/// </summary>
public static class StorableText
{
    /// <summary>Umbraco's node name limit (<c>umbracoNode.text</c> is nvarchar(255)).</summary>
    public const int MaxNameLength = 255;

    /// <summary>Why a node name cannot be stored, or null when it can.</summary>
    public static string? NameProblem(string name)
    {
        if (name.Length > MaxNameLength)
        {
            return $"A name may have at most {MaxNameLength} characters.";
        }

        return name.Any(char.IsControl) || FirstInvalidXmlChar(name) >= 0
            ? "A name may not contain control characters or unpaired surrogates."
            : null;
    }

    /// <summary>Why a property value cannot be stored, or null when it can.</summary>
    public static string? ValueProblem(string value) =>
        FirstInvalidXmlChar(value) is var at and >= 0
            ? $"The value contains a character that cannot be stored (U+{(int)value[at]:X4} at position {at})."
            : null;

    /// <summary>The index of the first character XML 1.0 cannot carry, or -1.</summary>
    public static int FirstInvalidXmlChar(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            if (!XmlConvert.IsXmlChar(c))
            {
                return i;
            }
        }

        return -1;
    }
}
