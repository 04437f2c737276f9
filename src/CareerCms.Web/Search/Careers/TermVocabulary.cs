using CareerCms.Web.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace CareerCms.Web.Search.Careers;

/// <summary>
/// The words of every indexed title with their document frequency, for "did you mean": a word the index does not
/// know is replaced by the closest known word (Damerau-Levenshtein, up to a third of its length, at least one edit),
/// preferring more frequent words on equal distance.
/// </summary>
public sealed class TermVocabulary
{
    private readonly Dictionary<string, int> _frequency;
    private readonly ILookup<int, string> _byLength;

    private TermVocabulary(Dictionary<string, int> frequency)
    {
        _frequency = frequency;
        _byLength = frequency.Keys.ToLookup(term => term.Length);
    }

    /// <summary>Number of distinct words.</summary>
    public int Count => _frequency.Count;

    /// <summary>Reads the title words (and main text words) of an index generation.</summary>
    public static TermVocabulary Build(IndexSearcher searcher)
    {
        ArgumentNullException.ThrowIfNull(searcher);
        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var field in (string[])[ContentIndexFieldNames.NodeName, CareerSearchFieldNames.Body])
        {
            var terms = MultiFields.GetTerms(searcher.IndexReader, field);
            if (terms is null)
            {
                continue;
            }

            var iterator = terms.GetEnumerator();
            while (iterator.MoveNext())
            {
                var term = iterator.Term.Utf8ToString();
                if (term.Length > 1 && term.All(char.IsLetter))
                {
                    frequency[term] = frequency.GetValueOrDefault(term) + iterator.DocFreq;
                }
            }
        }

        return new TermVocabulary(frequency);
    }

    /// <summary>True when the index has the word.</summary>
    public bool Contains(string term) => _frequency.ContainsKey(term);

    /// <summary>The closest known word, or null when none is close enough.</summary>
    public string? Closest(string term)
    {
        if (term.Length < 2)
        {
            return null;
        }

        var max = Math.Max(1, term.Length / 3);
        string? best = null;
        var bestDistance = max + 1;
        var bestFrequency = 0;
        for (var length = term.Length - max; length <= term.Length + max; length++)
        {
            foreach (var candidate in _byLength[length])
            {
                var distance = EditDistance.Compute(term, candidate, bestDistance);
                var frequency = _frequency[candidate];
                if (distance < bestDistance || (distance == bestDistance && distance <= max && frequency > bestFrequency))
                {
                    best = candidate;
                    bestDistance = distance;
                    bestFrequency = frequency;
                }
            }
        }

        return bestDistance <= max ? best : null;
    }
}
