using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace CareerCms.Web.Search.Careers;

/// <summary>
/// The other terms of a field that a query word stands for, as one constant-score filter: its extensions (terms that
/// start with it, for the word being typed) or its typo variants (<see cref="TypoAutomaton"/>). The word itself is
/// left out, and so are its extensions when they are searched anyway: those terms score a higher tier in the same
/// disjunction, so matching them again would change no score, only walk their (often the longest) postings again.
/// </summary>
internal sealed class WordVariantsQuery : MultiTermQuery
{
    private readonly string _word;
    private readonly BytesRef _wordBytes;
    private readonly TypoAutomaton? _typos;
    private readonly bool _skipExtensions;

    private WordVariantsQuery(string field, string word, TypoAutomaton? typos, bool skipExtensions)
        : base(field)
    {
        _word = word;
        _wordBytes = new BytesRef(word);
        _typos = typos;
        _skipExtensions = skipExtensions;
        MultiTermRewriteMethod = CONSTANT_SCORE_FILTER_REWRITE;
    }

    /// <summary>Terms of <paramref name="field"/> that start with <paramref name="word"/>, other than the word.</summary>
    public static WordVariantsQuery Extensions(string field, string word) => new(field, word, null, skipExtensions: false);

    /// <summary>Terms of <paramref name="field"/> within the typos of <paramref name="automaton"/>, other than the word (and its extensions when <paramref name="skipExtensions"/>).</summary>
    public static WordVariantsQuery Typos(string field, TypoAutomaton automaton, bool skipExtensions) =>
        new(field, automaton.Word, automaton, skipExtensions);

    protected override TermsEnum GetTermsEnum(Terms terms, Lucene.Net.Util.AttributeSource atts) =>
        _typos is null
            ? new ExtensionsEnum(terms.GetEnumerator(), _wordBytes)
            : new OtherThanWordEnum(_typos.Compiled.GetTermsEnum(terms), _wordBytes, _skipExtensions);

    public override string ToString(string field) =>
        (field == Field ? string.Empty : Field + ":") + _word
        + (_typos is null ? "*" : "~" + _typos.MaxEdits.ToString(CultureInfo.InvariantCulture) + (_skipExtensions ? "-*" : string.Empty));

    public override bool Equals(object? obj) =>
        obj is WordVariantsQuery other && base.Equals(other) && _word == other._word && Equals(_typos, other._typos) && _skipExtensions == other._skipExtensions;

    public override int GetHashCode() => HashCode.Combine(base.GetHashCode(), _word, _typos, _skipExtensions);

    /// <summary>Terms starting with the word, the word excluded; seeks straight to it and stops past the last extension.</summary>
    private sealed class ExtensionsEnum : FilteredTermsEnum
    {
        private readonly BytesRef _word;

        public ExtensionsEnum(TermsEnum terms, BytesRef word)
            : base(terms, startWithSeek: true)
        {
            _word = word;
            SetInitialSeekTerm(word);
        }

        protected override AcceptStatus Accept(BytesRef term) =>
            !StringHelper.StartsWith(term, _word) ? AcceptStatus.END
            : term.Length == _word.Length ? AcceptStatus.NO
            : AcceptStatus.YES;
    }

    /// <summary>The terms of another enumeration except the word (and, when asked, its extensions).</summary>
    private sealed class OtherThanWordEnum(TermsEnum terms, BytesRef word, bool skipExtensions) : FilteredTermsEnum(terms, startWithSeek: false)
    {
        protected override AcceptStatus Accept(BytesRef term) =>
            (skipExtensions ? StringHelper.StartsWith(term, word) : term.BytesEquals(word)) ? AcceptStatus.NO : AcceptStatus.YES;
    }
}
