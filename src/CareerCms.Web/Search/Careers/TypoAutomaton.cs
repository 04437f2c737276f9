using System.Collections.Concurrent;
using Lucene.Net.Util.Automaton;

namespace CareerCms.Web.Search.Careers;

/// <summary>
/// The terms within <see cref="MaxEdits"/> Damerau-Levenshtein edits of a word whose first
/// <see cref="PrefixLength"/> characters are unchanged (the set Lucene's <c>FuzzyQuery</c> with transpositions
/// accepts, and <see cref="TypoTolerance.Matches"/> checks), compiled once and shared by every field and segment a
/// query searches. Lucene's <c>FuzzyQuery</c> under a filter rewrite builds its Levenshtein automata again for every
/// segment: that was most of a query's time at 100,000 documents. Immutable and thread-safe.
/// </summary>
internal sealed record TypoAutomaton(string Word, int MaxEdits, int PrefixLength)
{
    /// <summary>Automata kept for reuse: visitors type the same words again and again, and compiling one costs about a millisecond.</summary>
    private const int CacheCapacity = 1024;

    private static readonly ConcurrentDictionary<TypoAutomaton, TypoAutomaton> Recent = new();
    private CompiledAutomaton? _compiled;

    /// <summary>The compiled automaton (built on first use).</summary>
    public CompiledAutomaton Compiled => _compiled ??= Compile();

    /// <summary>The automaton of a word, shared with earlier queries for the same word while it is cached.</summary>
    public static TypoAutomaton For(string word, int maxEdits, int prefixLength)
    {
        var key = new TypoAutomaton(word, maxEdits, prefixLength);
        if (Recent.TryGetValue(key, out var known))
        {
            return known;
        }

        if (Recent.Count >= CacheCapacity)
        {
            // Crude but bounded: start over rather than track recency on every query.
            Recent.Clear();
        }

        return Recent.GetOrAdd(key, key);
    }

    public bool Equals(TypoAutomaton? other) =>
        other is not null && Word == other.Word && MaxEdits == other.MaxEdits && PrefixLength == other.PrefixLength;

    public override int GetHashCode() => HashCode.Combine(Word, MaxEdits, PrefixLength);

    private CompiledAutomaton Compile()
    {
        var prefix = Math.Min(PrefixLength, Word.Length);
        var typos = new LevenshteinAutomata(Word[prefix..], true).ToAutomaton(MaxEdits)
            ?? throw new InvalidOperationException($"Lucene supports at most {LevenshteinAutomata.MAXIMUM_SUPPORTED_DISTANCE} edits.");
        var automaton = prefix == 0 ? typos : BasicOperations.Concatenate(BasicAutomata.MakeString(Word[..prefix]), typos);
        return new CompiledAutomaton(automaton, true, false);
    }
}
