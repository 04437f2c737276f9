using System.Net;
using System.Text;
using CareerCms.Web.Search.Indexing;

namespace CareerCms.Web.Search.Careers;

/// <summary>
/// Cuts a snippet around the first matching words of a text and marks every word the query matched (exactly, as a
/// synonym, as the typed prefix or within the typo rules). The output is HTML-escaped text whose only markup is
/// <c>&lt;mark&gt;</c>, safe to insert as HTML.
/// </summary>
public sealed class SnippetHighlighter
{
    private readonly HashSet<string> _exact = new(StringComparer.Ordinal);
    private readonly List<IReadOnlyList<string>> _phrases = [];
    private readonly List<string> _fuzzy = [];
    private readonly TypoTolerance _typos;
    private readonly string? _prefix;

    /// <summary>Prepares the word tests of one query.</summary>
    public SnippetHighlighter(CareerQuery query, TypoTolerance typos)
    {
        ArgumentNullException.ThrowIfNull(query);
        _typos = typos;
        foreach (var concept in query.Concepts)
        {
            foreach (var sequence in concept.Synonyms.Prepend(concept.Terms))
            {
                if (sequence.Count == 1)
                {
                    _exact.Add(sequence[0]);
                }
                else
                {
                    _phrases.Add(sequence);
                }
            }

            if (concept.Terms.Count > 1 && !concept.Quoted)
            {
                // Words of an unquoted multi-word concept also match on their own (all words anywhere).
                _exact.UnionWith(concept.Terms);
            }
            if (!concept.Quoted && concept.Terms.Count == 1)
            {
                if (concept.Prefix)
                {
                    _prefix = concept.Terms[0];
                }

                if (typos.MaxEdits(concept.Terms[0]) > 0)
                {
                    _fuzzy.Add(concept.Terms[0]);
                }
            }
        }
    }

    /// <summary>True when the analyzed word matches the query.</summary>
    public bool IsMatch(string term) =>
        _exact.Contains(term)
        || (_prefix is not null && term.StartsWith(_prefix, StringComparison.Ordinal))
        || _fuzzy.Any(word => _typos.Matches(word, term));

    /// <summary>
    /// A snippet of about <paramref name="length"/> characters from the first text that contains a match (or the
    /// start of the first non-empty text), HTML-escaped with matches in <c>&lt;mark&gt;</c>.
    /// </summary>
    public string Snippet(IEnumerable<string?> texts, int length)
    {
        string? fallback = null;
        foreach (var text in texts)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            fallback ??= text;
            var matches = Matches(SearchText.Tokens(text));
            if (matches.Count > 0)
            {
                return Render(text, matches, length);
            }
        }

        return fallback is null ? string.Empty : Render(fallback, [], length);
    }

    private List<SearchToken> Matches(IReadOnlyList<SearchToken> tokens)
    {
        var marked = new bool[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            marked[i] |= IsMatch(tokens[i].Term);
            foreach (var phrase in _phrases)
            {
                if (i + phrase.Count <= tokens.Count && phrase.Select((term, j) => tokens[i + j].Term == term).All(same => same))
                {
                    for (var j = 0; j < phrase.Count; j++)
                    {
                        marked[i + j] = true;
                    }
                }
            }
        }

        return tokens.Where((_, i) => marked[i]).ToList();
    }

    private static string Render(string text, IReadOnlyList<SearchToken> matches, int length)
    {
        var start = matches.Count == 0 ? 0 : WordStart(text, Math.Max(0, matches[0].Start - (length / 4)));
        var end = WordEnd(text, Math.Min(text.Length, start + length));
        var output = new StringBuilder(length + 64);
        if (start > 0)
        {
            output.Append('…');
        }

        var position = start;
        foreach (var match in matches.Where(m => m.Start >= start && m.End <= end))
        {
            output.Append(WebUtility.HtmlEncode(text[position..match.Start]));
            output.Append("<mark>").Append(WebUtility.HtmlEncode(text[match.Start..match.End])).Append("</mark>");
            position = match.End;
        }

        output.Append(WebUtility.HtmlEncode(text[position..end]));
        if (end < text.Length)
        {
            output.Append('…');
        }

        return output.ToString();
    }

    private static int WordStart(string text, int index)
    {
        while (index > 0 && !char.IsWhiteSpace(text[index - 1]))
        {
            index--;
        }

        return index;
    }

    private static int WordEnd(string text, int index)
    {
        var limit = Math.Min(text.Length, index + 30);
        while (index < limit && !char.IsWhiteSpace(text[index]))
        {
            index++;
        }

        return index;
    }
}
