using CareerCms.Web.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace CareerCms.Web.Search.Careers;

/// <summary>
/// One pass over the matching documents that yields the total, the best <c>k</c> hits (score, then path count,
/// engagement, then index order as tie-breaks) and disjunctive facet counts: a document that passes every filter counts for
/// all four facets; one that fails exactly one filter counts only for that filter's facet (Algolia-style: a
/// facet's counts are what applying that facet's value would give, with every other filter kept). Documents
/// failing two or more filters count nowhere. Facet values come from DocValues, so no stored field is read.
/// </summary>
internal sealed class CareerHitCollector(CareerFacetFilters filters, IReadOnlyList<SalaryBand> bands, int k) : ICollector
{
    private readonly PriorityQueue<Candidate, Candidate> _top = new(Math.Min(k, 1024) + 1, Candidate.WorstFirst);
    private readonly Dictionary<string, long> _industry = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _experience = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _difficulty = new(StringComparer.Ordinal);
    private readonly long[] _bands = new long[bands.Count];
    private readonly BytesRef _scratch = new();
    private Segment? _segment;
    private Scorer? _scorer;

    /// <summary>Documents passing every filter.</summary>
    public long Total { get; private set; }

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer) => _scorer = scorer;

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        _segment = new Segment(context, filters, this);
    }

    public void Collect(int doc)
    {
        var s = _segment!;
        if (s.Type is null || s.Type.GetOrd(doc) < 0)
        {
            return;
        }

        var industry = s.Industry?.GetOrd(doc) ?? -1;
        var experience = s.Experience?.GetOrd(doc) ?? -1;
        var difficulty = s.Difficulty?.GetOrd(doc) ?? -1;
        var hasSalary = s.SalaryDocs?.Get(doc) == true;
        var salaryMin = hasSalary ? (int)s.SalaryMin!.Get(doc) : 0;
        var salaryMax = hasSalary ? (s.SalaryMaxDocs?.Get(doc) == true ? (int)s.SalaryMax!.Get(doc) : salaryMin) : 0;

        var passIndustry = s.IndustryAllowed is null || (industry >= 0 && s.IndustryAllowed[industry]);
        var passExperience = s.ExperienceAllowed is null || (experience >= 0 && s.ExperienceAllowed[experience]);
        var passDifficulty = s.DifficultyAllowed is null || (difficulty >= 0 && s.DifficultyAllowed[difficulty]);
        var passSalary = !filters.HasSalary || (hasSalary && filters.SalaryMatches(salaryMin, salaryMax));
        var failures = (passIndustry ? 0 : 1) + (passExperience ? 0 : 1) + (passDifficulty ? 0 : 1) + (passSalary ? 0 : 1);
        if (failures > 1)
        {
            return;
        }

        if (failures == 0 || !passIndustry)
        {
            Count(s.IndustryCounts, industry);
        }

        if (failures == 0 || !passExperience)
        {
            Count(s.ExperienceCounts, experience);
        }

        if (failures == 0 || !passDifficulty)
        {
            Count(s.DifficultyCounts, difficulty);
        }

        if ((failures == 0 || !passSalary) && hasSalary)
        {
            for (var b = 0; b < bands.Count; b++)
            {
                if (bands[b].Overlaps(salaryMin, salaryMax))
                {
                    _bands[b]++;
                }
            }
        }

        if (failures == 0)
        {
            Total++;
            Offer(s, doc);
        }
    }

    /// <summary>The best hits, best first, as (global doc id, score).</summary>
    public IReadOnlyList<(int Doc, float Score)> TopHits()
    {
        Flush();
        var list = new List<Candidate>(_top.Count);
        while (_top.TryDequeue(out var candidate, out _))
        {
            list.Add(candidate);
        }

        list.Reverse();
        return list.Select(c => (c.Doc, c.Score)).ToList();
    }

    public IReadOnlyDictionary<string, long> IndustryCounts => Flushed(_industry);

    public IReadOnlyDictionary<string, long> ExperienceCounts => Flushed(_experience);

    public IReadOnlyDictionary<string, long> DifficultyCounts => Flushed(_difficulty);

    public IReadOnlyList<long> BandCounts => _bands;

    private static void Count(long[]? counts, int ord)
    {
        if (counts is not null && ord >= 0)
        {
            counts[ord]++;
        }
    }

    private IReadOnlyDictionary<string, long> Flushed(Dictionary<string, long> counts)
    {
        Flush();
        return counts;
    }

    private void Offer(Segment s, int doc)
    {
        if (k <= 0)
        {
            return;
        }

        var candidate = new Candidate(
            _scorer?.GetScore() ?? 0f,
            s.PathCount is null ? 0 : (int)s.PathCount.Get(doc),
            s.Engagement is null ? 0 : (int)s.Engagement.Get(doc),
            s.DocBase + doc);
        if (_top.Count < k)
        {
            _top.Enqueue(candidate, candidate);
        }
        else if (Candidate.WorstFirst.Compare(candidate, _top.Peek()) > 0)
        {
            _top.EnqueueDequeue(candidate, candidate);
        }
    }

    private void Flush()
    {
        if (_segment is not { } s)
        {
            return;
        }

        s.FlushInto(s.Industry, s.IndustryCounts, _industry, _scratch);
        s.FlushInto(s.Experience, s.ExperienceCounts, _experience, _scratch);
        s.FlushInto(s.Difficulty, s.DifficultyCounts, _difficulty, _scratch);
        _segment = null;
    }

    /// <summary>
    /// A hit candidate; better = higher score, more paths, more engagement, then earlier in the index (reading titles
    /// to break exact ties costs a DocValues lookup per tied document, noticeable when browsing 100,000 items).
    /// </summary>
    private readonly record struct Candidate(float Score, int PathCount, int Engagement, int Doc)
    {
        /// <summary>Orders worse candidates first (the queue's head is the one to drop).</summary>
        public static readonly IComparer<Candidate> WorstFirst = Comparer<Candidate>.Create((a, b) =>
        {
            var score = a.Score.CompareTo(b.Score);
            if (score != 0)
            {
                return score;
            }

            var paths = a.PathCount.CompareTo(b.PathCount);
            if (paths != 0)
            {
                return paths;
            }

            var engagement = a.Engagement.CompareTo(b.Engagement);
            return engagement != 0 ? engagement : b.Doc.CompareTo(a.Doc);
        });
    }

    /// <summary>The DocValues of one segment and its per-ordinal counts.</summary>
    private sealed class Segment
    {
        public Segment(AtomicReaderContext context, CareerFacetFilters filters, CareerHitCollector owner)
        {
            var reader = context.AtomicReader;
            DocBase = context.DocBase;
            Type = reader.GetSortedDocValues(CareerSearchFieldNames.Type);
            Industry = reader.GetSortedDocValues(CareerSearchFieldNames.Industry);
            Experience = reader.GetSortedDocValues(CareerSearchFieldNames.ExperienceLevel);
            Difficulty = reader.GetSortedDocValues(CareerSearchFieldNames.Difficulty);
            SalaryMin = reader.GetNumericDocValues(CareerSearchFieldNames.SalaryMin);
            SalaryMax = reader.GetNumericDocValues(CareerSearchFieldNames.SalaryMax);
            SalaryDocs = SalaryMin is null ? null : reader.GetDocsWithField(CareerSearchFieldNames.SalaryMin);
            SalaryMaxDocs = SalaryMax is null ? null : reader.GetDocsWithField(CareerSearchFieldNames.SalaryMax);
            PathCount = reader.GetNumericDocValues(CareerSearchFieldNames.PathCount);
            Engagement = reader.GetNumericDocValues(CareerSearchFieldNames.Engagement);
            IndustryAllowed = Allowed(Industry, filters.Industries, owner._scratch);
            ExperienceAllowed = Allowed(Experience, filters.ExperienceLevels, owner._scratch);
            DifficultyAllowed = Allowed(Difficulty, filters.Difficulties, owner._scratch);
            IndustryCounts = Industry is null ? null : new long[Industry.ValueCount];
            ExperienceCounts = Experience is null ? null : new long[Experience.ValueCount];
            DifficultyCounts = Difficulty is null ? null : new long[Difficulty.ValueCount];
        }

        public int DocBase { get; }

        public SortedDocValues? Type { get; }

        public SortedDocValues? Industry { get; }

        public SortedDocValues? Experience { get; }

        public SortedDocValues? Difficulty { get; }

        public NumericDocValues? SalaryMin { get; }

        public NumericDocValues? SalaryMax { get; }

        public IBits? SalaryDocs { get; }

        public IBits? SalaryMaxDocs { get; }

        public NumericDocValues? PathCount { get; }

        public NumericDocValues? Engagement { get; }

        public bool[]? IndustryAllowed { get; }

        public bool[]? ExperienceAllowed { get; }

        public bool[]? DifficultyAllowed { get; }

        public long[]? IndustryCounts { get; }

        public long[]? ExperienceCounts { get; }

        public long[]? DifficultyCounts { get; }

        public void FlushInto(SortedDocValues? values, long[]? counts, Dictionary<string, long> into, BytesRef scratch)
        {
            if (values is null || counts is null)
            {
                return;
            }

            for (var ord = 0; ord < counts.Length; ord++)
            {
                if (counts[ord] > 0)
                {
                    values.LookupOrd(ord, scratch);
                    var key = scratch.Utf8ToString();
                    into[key] = into.GetValueOrDefault(key) + counts[ord];
                    counts[ord] = 0;
                }
            }
        }

        /// <summary>Per ordinal: is the value selected? Null when the facet has no filter. Every ordinal false if a facet is filtered but absent.</summary>
        private static bool[]? Allowed(SortedDocValues? values, HashSet<string>? selected, BytesRef scratch)
        {
            if (selected is null)
            {
                return null;
            }

            var allowed = new bool[Math.Max(0, values?.ValueCount ?? 0)];
            if (values is null)
            {
                return allowed;
            }

            foreach (var value in selected)
            {
                scratch.CopyChars(value);
                var ord = values.LookupTerm(scratch);
                if (ord >= 0)
                {
                    allowed[ord] = true;
                }
            }

            return allowed;
        }
    }
}
