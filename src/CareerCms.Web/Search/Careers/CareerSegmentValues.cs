using System.Runtime.CompilerServices;
using CareerCms.Web.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace CareerCms.Web.Search.Careers;

/// <summary>
/// The career search's per-document values of one index segment (facet ordinals, salary range, tie-break signals),
/// read once into one array and kept while the segment lives: facets from their sorted DocValues, numbers through
/// Lucene's FieldCache (content indexes keep no numeric DocValues). DocValues readers decode packed bytes from the
/// file on every lookup; the collector visits every matching document, so reading them from an array instead is most
/// of the difference between a fast and a slow query at 100,000 documents. Segments are immutable (deletions are
/// applied by the scorer), so the cache is keyed by the segment's core and never invalid.
/// </summary>
internal sealed class CareerSegmentValues
{
    private static readonly ConditionalWeakTable<object, CareerSegmentValues> Cache = [];

    private CareerSegmentValues(AtomicReader reader)
    {
        var type = reader.GetSortedDocValues(CareerSearchFieldNames.Type);
        var industry = reader.GetSortedDocValues(CareerSearchFieldNames.Industry);
        var experience = reader.GetSortedDocValues(CareerSearchFieldNames.ExperienceLevel);
        var difficulty = reader.GetSortedDocValues(CareerSearchFieldNames.Difficulty);
        var salaryMin = Numbers(reader, CareerSearchFieldNames.SalaryMin);
        var salaryMax = Numbers(reader, CareerSearchFieldNames.SalaryMax);
        var salaryDocs = FieldCache.DEFAULT.GetDocsWithField(reader, CareerSearchFieldNames.SalaryMin);
        var salaryMaxDocs = FieldCache.DEFAULT.GetDocsWithField(reader, CareerSearchFieldNames.SalaryMax);
        var pathCount = Numbers(reader, CareerSearchFieldNames.PathCount);
        var engagement = Numbers(reader, CareerSearchFieldNames.Engagement);
        Industries = Values(industry);
        ExperienceLevels = Values(experience);
        Difficulties = Values(difficulty);
        Docs = new Doc[type is null ? 0 : reader.MaxDoc];
        for (var doc = 0; doc < Docs.Length; doc++)
        {
            if (type!.GetOrd(doc) < 0)
            {
                continue;
            }

            var hasSalary = salaryDocs.Get(doc);
            var low = hasSalary ? salaryMin.Get(doc) : 0;
            Docs[doc] = new Doc(
                Searchable: true,
                HasSalary: hasSalary,
                Industry: industry?.GetOrd(doc) ?? -1,
                ExperienceLevel: experience?.GetOrd(doc) ?? -1,
                Difficulty: difficulty?.GetOrd(doc) ?? -1,
                SalaryMin: low,
                SalaryMax: hasSalary ? (salaryMaxDocs.Get(doc) ? salaryMax.Get(doc) : low) : 0,
                PathCount: pathCount.Get(doc),
                Engagement: engagement.Get(doc));
        }
    }

    /// <summary>Per document id of the segment (a default entry, <see cref="Doc.Searchable"/> false, for other documents).</summary>
    public Doc[] Docs { get; }

    /// <summary>Industry values by ordinal.</summary>
    public string[] Industries { get; }

    /// <summary>Experience level values by ordinal.</summary>
    public string[] ExperienceLevels { get; }

    /// <summary>Difficulty values by ordinal.</summary>
    public string[] Difficulties { get; }

    /// <summary>The values of a segment, read on first use.</summary>
    public static CareerSegmentValues Of(AtomicReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return Cache.GetValue(reader.CoreCacheKey, _ => new CareerSegmentValues(reader));
    }

    /// <summary>
    /// An integer field per document (0 when absent): its numeric DocValues if the segment has them, else the
    /// FieldCache's un-inverted trie terms, as sorting reads them.
    /// </summary>
    internal static FieldCache.Int32s Numbers(AtomicReader reader, string field) =>
        FieldCache.DEFAULT.GetInt32s(reader, field, FieldCache.NUMERIC_UTILS_INT32_PARSER, setDocsWithField: true);

    private static string[] Values(SortedDocValues? values)
    {
        if (values is null)
        {
            return [];
        }

        var scratch = new BytesRef();
        var result = new string[values.ValueCount];
        for (var ord = 0; ord < result.Length; ord++)
        {
            values.LookupOrd(ord, scratch);
            result[ord] = scratch.Utf8ToString();
        }

        return result;
    }

    /// <summary>One document's search values; ordinals are -1 when the document has no value.</summary>
    internal readonly record struct Doc(
        bool Searchable, bool HasSalary, int Industry, int ExperienceLevel, int Difficulty, int SalaryMin, int SalaryMax, int PathCount, int Engagement);
}
