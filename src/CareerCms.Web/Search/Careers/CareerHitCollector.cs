using Lucene.Net.Index;
using Lucene.Net.Search;

namespace CareerCms.Web.Search.Careers;

/// <summary>
/// One pass over the matching documents that yields the total, the best <c>k</c> hits (score, then path count,
/// engagement, then index order as tie-breaks) and disjunctive facet counts: a document that passes every filter counts for
/// all four facets; one that fails exactly one filter counts only for that filter's facet (Algolia-style: a
/// facet's counts are what applying that facet's value would give, with every other filter kept). Documents
/// failing two or more filters count nowhere. Facet values come from DocValues, read once per segment into
/// <see cref="CareerSegmentValues"/>, so no stored field is read.
/// </summary>
internal sealed class CareerHitCollector(CareerFacetFilters filters, IReadOnlyList<SalaryBand> bands, int k) : ICollector
{
    private readonly PriorityQueue<Candidate, Candidate> _top = new(Math.Min(k, 1024) + 1, Candidate.WorstFirst);
    private readonly Dictionary<string, long> _industry = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _experience = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _difficulty = new(StringComparer.Ordinal);
    private readonly long[] _bands = new long[bands.Count];
    private Segment? _segment;
    private Scorer? _scorer;

    /// <summary>Documents passing every filter.</summary>
    public long Total { get; private set; }

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer) => _scorer = scorer;

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        _segment = new Segment(context, filters);
    }

    public void Collect(int doc)
    {
        var s = _segment!;
        ref readonly var values = ref s.Values.Docs[doc];
        if (!values.Searchable)
        {
            return;
        }

        var industry = values.Industry;
        var experience = values.ExperienceLevel;
        var difficulty = values.Difficulty;
        var hasSalary = values.HasSalary;
        var salaryMin = values.SalaryMin;
        var salaryMax = values.SalaryMax;

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
            Offer(s, doc, values);
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

    private static void Count(long[] counts, int ord)
    {
        if (ord >= 0)
        {
            counts[ord]++;
        }
    }

    private IReadOnlyDictionary<string, long> Flushed(Dictionary<string, long> counts)
    {
        Flush();
        return counts;
    }

    private void Offer(Segment s, int doc, in CareerSegmentValues.Doc values)
    {
        if (k <= 0)
        {
            return;
        }

        var candidate = new Candidate(_scorer?.GetScore() ?? 0f, values.PathCount, values.Engagement, s.DocBase + doc);
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

        Segment.FlushInto(s.Values.Industries, s.IndustryCounts, _industry);
        Segment.FlushInto(s.Values.ExperienceLevels, s.ExperienceCounts, _experience);
        Segment.FlushInto(s.Values.Difficulties, s.DifficultyCounts, _difficulty);
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

    /// <summary>The cached values of one segment, the filters as per-ordinal flags, and per-ordinal counts.</summary>
    private sealed class Segment
    {
        public Segment(AtomicReaderContext context, CareerFacetFilters filters)
        {
            DocBase = context.DocBase;
            Values = CareerSegmentValues.Of(context.AtomicReader);
            IndustryAllowed = Allowed(Values.Industries, filters.Industries);
            ExperienceAllowed = Allowed(Values.ExperienceLevels, filters.ExperienceLevels);
            DifficultyAllowed = Allowed(Values.Difficulties, filters.Difficulties);
            IndustryCounts = new long[Values.Industries.Length];
            ExperienceCounts = new long[Values.ExperienceLevels.Length];
            DifficultyCounts = new long[Values.Difficulties.Length];
        }

        public int DocBase { get; }

        public CareerSegmentValues Values { get; }

        public bool[]? IndustryAllowed { get; }

        public bool[]? ExperienceAllowed { get; }

        public bool[]? DifficultyAllowed { get; }

        public long[] IndustryCounts { get; }

        public long[] ExperienceCounts { get; }

        public long[] DifficultyCounts { get; }

        public static void FlushInto(string[] values, long[] counts, Dictionary<string, long> into)
        {
            for (var ord = 0; ord < counts.Length; ord++)
            {
                if (counts[ord] > 0)
                {
                    into[values[ord]] = into.GetValueOrDefault(values[ord]) + counts[ord];
                    counts[ord] = 0;
                }
            }
        }

        /// <summary>Per ordinal: is the value selected? Null when the facet has no filter (all false when no value is known).</summary>
        private static bool[]? Allowed(string[] values, HashSet<string>? selected)
        {
            if (selected is null)
            {
                return null;
            }

            var allowed = new bool[values.Length];
            for (var ord = 0; ord < values.Length; ord++)
            {
                allowed[ord] = selected.Contains(values[ord]);
            }

            return allowed;
        }
    }
}
