using System.Globalization;
using System.Text;

namespace CareerCms.Web.Corpus;

/// <summary>Text helpers of the generator: title and sentence case, articles, readable lists.</summary>
public static class CorpusText
{
    private static readonly HashSet<string> SmallWords = new(StringComparer.Ordinal)
    {
        "a", "an", "and", "as", "at", "by", "de", "for", "from", "in", "of", "on", "or", "per", "the", "to", "via", "with",
    };

    /// <summary>
    /// Title case for an ESCO occupation title: every word and every part after a hyphen, slash or parenthesis
    /// starts with a capital, except short connecting words (and, of, the, ...) that are not first; words that
    /// already hold a capital (ICT, CAD, Montessori, 3D) are kept as they are.
    /// "ICT help desk agent" becomes "ICT Help Desk Agent", "postman/postwoman" "Postman/Postwoman".
    /// </summary>
    public static string TitleCase(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var result = new StringBuilder(text.Length);
        for (var w = 0; w < words.Length; w++)
        {
            if (w > 0)
            {
                result.Append(' ');
            }

            var word = words[w];
            if (word.Any(char.IsUpper))
            {
                result.Append(word);
                continue;
            }

            var bare = word.Trim('(', ')', ',', '\'');
            if (w > 0 && w < words.Length - 1 && SmallWords.Contains(bare))
            {
                result.Append(word);
                continue;
            }

            var capitalizeNext = true;
            foreach (var c in word)
            {
                result.Append(capitalizeNext && char.IsLetter(c) ? char.ToUpper(c, CultureInfo.InvariantCulture) : c);
                if (char.IsLetterOrDigit(c))
                {
                    capitalizeNext = false;
                }
                else if (c is '-' or '/' or '(')
                {
                    capitalizeNext = true;
                }
            }
        }

        return result.ToString();
    }

    /// <summary>Sentence case: the first letter capitalised, the rest unchanged ("use CAD software" → "Use CAD software").</summary>
    public static string SentenceCase(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        return trimmed.Length == 0 ? trimmed : char.ToUpper(trimmed[0], CultureInfo.InvariantCulture) + trimmed[1..];
    }

    /// <summary>"a" or "an" before a name, by its first letter (vowels and the initialisms ICT/IT take "an").</summary>
    public static string Article(string name) =>
        name.Length > 0 && ("AEIOUaeiou".Contains(name[0], StringComparison.Ordinal) ||
                            name.StartsWith("ICT", StringComparison.Ordinal) || name.StartsWith("IT ", StringComparison.Ordinal))
            ? "an"
            : "a";

    /// <summary>"x", "x and y", "x, y and z".</summary>
    public static string List(IReadOnlyList<string> items) => items.Count switch
    {
        0 => string.Empty,
        1 => items[0],
        _ => string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1],
    };

    /// <summary>A key that treats names as equal when they differ only in case, spacing or punctuation.</summary>
    public static string NameKey(string name) =>
        string.Concat(name.Where(char.IsLetterOrDigit).Select(c => char.ToLowerInvariant(c)));

    /// <summary>A signed whole percent: "+40%", "-12%", "0%".</summary>
    public static string SignedPercent(int percent) =>
        percent.ToString("+0;-0;0", CultureInfo.InvariantCulture) + "%";

    /// <summary>A whole number with thousands separators, invariant ("130,000").</summary>
    public static string Thousands(double value) =>
        Math.Round(value, MidpointRounding.AwayFromZero).ToString("#,0", CultureInfo.InvariantCulture);
}
