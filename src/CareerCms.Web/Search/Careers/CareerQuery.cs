using CareerCms.Web.Search.Indexing;

namespace CareerCms.Web.Search.Careers;

/// <summary>
/// A visitor's query, analyzed like the index: required concepts (a word, a quoted phrase, or a phrase that has
/// synonyms), and the words in order for the exact-phrase and exact-title bonuses. Lucene syntax has no meaning
/// here: every character is text, so nothing a visitor types can make the query invalid.
/// </summary>
public sealed record CareerQuery(string Text, IReadOnlyList<SearchToken> Words, IReadOnlyList<QueryConcept> Concepts)
{
    /// <summary>True when there is nothing to match (browse by facets).</summary>
    public bool IsEmpty => Concepts.Count == 0;

    /// <summary>
    /// Parses <paramref name="text"/>: balanced double quotes mark phrases that must match exactly; unbalanced quotes
    /// are ignored. Synonym phrases are found greedily (longest first). The last word gets prefix matching unless the
    /// text ends with a space or a quote. At most <paramref name="maxWords"/> concepts are kept.
    /// </summary>
    public static CareerQuery Parse(string? text, SynonymSet synonyms, int maxWords)
    {
        ArgumentNullException.ThrowIfNull(synonyms);
        text ??= string.Empty;
        var quoteCount = text.Count(c => c == '"');
        var segments = quoteCount >= 2 && quoteCount % 2 == 0 ? text.Split('"') : [text.Replace('"', ' ')];
        var concepts = new List<QueryConcept>();
        for (var s = 0; s < segments.Length && concepts.Count < maxWords; s++)
        {
            var terms = SearchText.Terms(segments[s]);
            if (terms.Count == 0)
            {
                continue;
            }

            if (s % 2 == 1)
            {
                concepts.Add(new QueryConcept(terms.Take(maxWords).ToArray(), [], Quoted: true, Prefix: false));
                continue;
            }

            for (var i = 0; i < terms.Count && concepts.Count < maxWords;)
            {
                if (synonyms.Match(terms, i) is { } match)
                {
                    concepts.Add(new QueryConcept(terms.Skip(i).Take(match.Length).ToArray(), match.Equivalents, Quoted: false, Prefix: false));
                    i += match.Length;
                }
                else
                {
                    concepts.Add(new QueryConcept([terms[i]], [], Quoted: false, Prefix: false));
                    i++;
                }
            }
        }

        var endsOpen = text.Length > 0 && !char.IsWhiteSpace(text[^1]) && text[^1] != '"' && !char.IsPunctuation(text[^1]);
        if (endsOpen && concepts.Count > 0 && concepts[^1] is { Quoted: false, Terms.Count: 1 } last)
        {
            concepts[^1] = last with { Prefix = true };
        }

        var words = SearchText.Tokens(text.Replace('"', ' ')).Take(maxWords).ToArray();
        return new CareerQuery(text, words, concepts);
    }
}

/// <summary>One part of a query that every hit must match.</summary>
/// <param name="Terms">The visitor's analyzed words (several: a phrase).</param>
/// <param name="Synonyms">Equivalent term sequences (from the configured list and skills).</param>
/// <param name="Quoted">From a quoted phrase: exact match only.</param>
/// <param name="Prefix">The last word, still being typed: words starting with it match too.</param>
public sealed record QueryConcept(IReadOnlyList<string> Terms, IReadOnlyList<IReadOnlyList<string>> Synonyms, bool Quoted, bool Prefix);
