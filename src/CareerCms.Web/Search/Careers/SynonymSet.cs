using CareerCms.Web.Search.Indexing;

namespace CareerCms.Web.Search.Careers;

/// <summary>
/// Groups of equivalent words and phrases, stored as analyzed term sequences so they match however a visitor
/// writes them (case, accents). A phrase in several groups is equivalent to the members of all of them.
/// </summary>
public sealed class SynonymSet
{
    private readonly Dictionary<string, List<Phrase>> _byFirstTerm = new(StringComparer.Ordinal);

    private SynonymSet()
    {
    }

    /// <summary>No synonyms.</summary>
    public static SynonymSet Empty { get; } = new();

    /// <summary>Number of distinct phrases.</summary>
    public int Count => _byFirstTerm.Values.Sum(list => list.Count);

    /// <summary>Builds a set from groups of phrases (each group: phrases that mean the same).</summary>
    public static SynonymSet Build(IEnumerable<IEnumerable<string>> groups)
    {
        ArgumentNullException.ThrowIfNull(groups);
        var set = new SynonymSet();
        var byKey = new Dictionary<string, Phrase>(StringComparer.Ordinal);
        foreach (var group in groups)
        {
            var phrases = group.Select(SearchText.Terms).Where(terms => terms.Count > 0).Select(terms => terms.ToArray())
                .DistinctBy(terms => string.Join(' ', terms)).ToList();
            if (phrases.Count < 2)
            {
                continue;
            }

            foreach (var terms in phrases)
            {
                var key = string.Join(' ', terms);
                if (!byKey.TryGetValue(key, out var phrase))
                {
                    byKey[key] = phrase = new Phrase(terms);
                    if (!set._byFirstTerm.TryGetValue(terms[0], out var list))
                    {
                        set._byFirstTerm[terms[0]] = list = [];
                    }

                    list.Add(phrase);
                }

                phrase.Equivalents.UnionWith(phrases.Select(p => string.Join(' ', p)).Where(p => p != key));
            }
        }

        return set;
    }

    /// <summary>
    /// The longest phrase of the set starting at <paramref name="start"/> in <paramref name="terms"/>, with its
    /// equivalents as term sequences; null when none starts there.
    /// </summary>
    public (int Length, IReadOnlyList<IReadOnlyList<string>> Equivalents)? Match(IReadOnlyList<string> terms, int start)
    {
        if (!_byFirstTerm.TryGetValue(terms[start], out var candidates))
        {
            return null;
        }

        Phrase? best = null;
        foreach (var phrase in candidates)
        {
            if (phrase.Terms.Length <= terms.Count - start && (best is null || phrase.Terms.Length > best.Terms.Length)
                && phrase.Terms.Select((term, i) => term == terms[start + i]).All(same => same))
            {
                best = phrase;
            }
        }

        return best is null ? null : (best.Terms.Length, best.Equivalents.Order(StringComparer.Ordinal).Select(p => (IReadOnlyList<string>)p.Split(' ')).ToList());
    }

    private sealed class Phrase(string[] terms)
    {
        public string[] Terms { get; } = terms;

        public HashSet<string> Equivalents { get; } = new(StringComparer.Ordinal);
    }
}
