using CareerCms.Web.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace CareerCms.Web.Search.Careers;

/// <summary>
/// Turns a <see cref="CareerQuery"/> into one Lucene query whose score is a sum of fixed tiers, so the order is
/// guaranteed rather than tuned: every concept must match, scoring the best of exact word (title 100, text 60),
/// synonym (90/55), all words of a multi-word concept anywhere (50), prefix of the last word (30/20) and typo
/// (10/5); the whole query as a phrase adds 1000 (title) or 400 (text); a title that is exactly the query adds
/// 3000. Exact phrase therefore beats all terms, which beats prefix, which beats typos. Ties are broken by the
/// collector (path count, engagement, name).
/// </summary>
public static class CareerQueryBuilder
{
    /// <summary>Score of a title equal to the query.</summary>
    public const float ExactTitle = 3000;
    public const float PhraseTitle = 1000;
    public const float PhraseText = 400;
    public const float ExactWordTitle = 100;
    public const float ExactWordText = 60;
    public const float SynonymTitle = 90;
    public const float SynonymText = 55;
    public const float WordsAnywhere = 50;
    public const float PrefixTitle = 30;
    public const float PrefixText = 20;
    public const float TypoTitle = 10;
    public const float TypoText = 5;

    private const string TitleField = ContentIndexFieldNames.NodeName;
    private const string TextField = CareerSearchFieldNames.Body;

    /// <summary>The query; <see cref="MatchAllDocsQuery"/> for an empty query.</summary>
    public static Query Build(CareerQuery query, TypoTolerance typos)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(typos);
        if (query.IsEmpty)
        {
            return new MatchAllDocsQuery();
        }

        var root = new BooleanQuery(disableCoord: true);
        foreach (var concept in query.Concepts)
        {
            root.Add(Concept(concept, typos), Occur.MUST);
        }

        var words = query.Words;
        if (words.Count > 0)
        {
            root.Add(Const(new TermQuery(new Term(CareerSearchFieldNames.TitleKey, string.Join(' ', words.Select(w => w.Term)))), ExactTitle), Occur.SHOULD);
        }

        if (words.Count > 1)
        {
            root.Add(Const(Phrase(TitleField, words), PhraseTitle), Occur.SHOULD);
            root.Add(Const(Phrase(TextField, words), PhraseText), Occur.SHOULD);
        }

        return root;
    }

    private static Query Concept(QueryConcept concept, TypoTolerance typos)
    {
        var best = new DisjunctionMaxQuery(0f)
        {
            Const(Sequence(TitleField, concept.Terms), ExactWordTitle),
            Const(Sequence(TextField, concept.Terms), ExactWordText),
        };
        foreach (var synonym in concept.Synonyms)
        {
            best.Add(Const(Sequence(TitleField, synonym), SynonymTitle));
            best.Add(Const(Sequence(TextField, synonym), SynonymText));
        }

        if (concept.Quoted)
        {
            return best;
        }

        if (concept.Terms.Count > 1)
        {
            var all = new BooleanQuery(disableCoord: true);
            foreach (var term in concept.Terms)
            {
                all.Add(new BooleanQuery(disableCoord: true) { { Word(TitleField, term), Occur.SHOULD }, { Word(TextField, term), Occur.SHOULD } }, Occur.MUST);
            }

            best.Add(Const(all, WordsAnywhere));
            return best;
        }

        var word = concept.Terms[0];
        if (concept.Prefix)
        {
            best.Add(Const(WordVariantsQuery.Extensions(TitleField, word), PrefixTitle));
            best.Add(Const(WordVariantsQuery.Extensions(TextField, word), PrefixText));
        }

        if (typos.MaxEdits(word) is var edits and > 0)
        {
            var automaton = TypoAutomaton.For(word, edits, typos.PrefixLength);
            best.Add(Const(WordVariantsQuery.Typos(TitleField, automaton, skipExtensions: concept.Prefix), TypoTitle));
            best.Add(Const(WordVariantsQuery.Typos(TextField, automaton, skipExtensions: concept.Prefix), TypoText));
        }

        return best;
    }

    private static Query Word(string field, string term) => new TermQuery(new Term(field, term));

    private static Query Sequence(string field, IReadOnlyList<string> terms)
    {
        if (terms.Count == 1)
        {
            return Word(field, terms[0]);
        }

        var phrase = new PhraseQuery();
        for (var i = 0; i < terms.Count; i++)
        {
            phrase.Add(new Term(field, terms[i]), i);
        }

        // Stop words inside a synonym or quoted phrase leave position gaps in the indexed text.
        phrase.Slop = 1;
        return phrase;
    }

    private static PhraseQuery Phrase(string field, IReadOnlyList<SearchToken> words)
    {
        var phrase = new PhraseQuery();
        var first = words[0].Position;
        foreach (var word in words)
        {
            phrase.Add(new Term(field, word.Term), word.Position - first);
        }

        return phrase;
    }

    private static ConstantScoreQuery Const(Query query, float score) => new(query) { Boost = score };
}
