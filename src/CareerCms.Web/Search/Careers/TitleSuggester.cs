using CareerCms.Web.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace CareerCms.Web.Search.Careers;

/// <summary>
/// As-you-type completion over career and path titles, in memory: a sorted array of every word-start suffix of
/// every folded title ("software engineer to mlops engineer", "engineer to mlops engineer", ...), so a binary search
/// finds titles where any word starts with what was typed. A title equal to it comes first, then titles that start
/// with it, then more transition paths and engagement, then shorter titles. Built from DocValues and the FieldCache once per index
/// generation.
/// </summary>
public sealed class TitleSuggester
{
    private readonly Entry[] _titles;
    private readonly (string Key, int Title)[] _keys;

    private TitleSuggester(Entry[] titles, (string Key, int Title)[] keys)
    {
        _titles = titles;
        _keys = keys;
    }

    /// <summary>Number of titles.</summary>
    public int Count => _titles.Length;

    /// <summary>Reads the searchable titles of an index generation.</summary>
    public static TitleSuggester Build(IndexSearcher searcher)
    {
        ArgumentNullException.ThrowIfNull(searcher);
        var titles = new List<Entry>();
        var scratch = new BytesRef();
        foreach (var context in searcher.IndexReader.Leaves)
        {
            var reader = context.AtomicReader;
            var type = reader.GetSortedDocValues(CareerSearchFieldNames.Type);
            var title = reader.GetSortedDocValues(CareerSearchFieldNames.Title);
            if (type is null || title is null)
            {
                continue;
            }

            var route = reader.GetSortedDocValues(CareerSearchFieldNames.Route);
            var paths = CareerSegmentValues.Numbers(reader, CareerSearchFieldNames.PathCount);
            var engagement = CareerSegmentValues.Numbers(reader, CareerSearchFieldNames.Engagement);
            var live = reader.LiveDocs;
            for (var doc = 0; doc < reader.MaxDoc; doc++)
            {
                if ((live is not null && !live.Get(doc)) || type.GetOrd(doc) < 0 || title.GetOrd(doc) < 0)
                {
                    continue;
                }

                title.Get(doc, scratch);
                var text = scratch.Utf8ToString();
                type.Get(doc, scratch);
                var alias = scratch.Utf8ToString();
                string? path = null;
                if (route is not null && route.GetOrd(doc) >= 0)
                {
                    route.Get(doc, scratch);
                    path = scratch.Utf8ToString();
                }

                titles.Add(new Entry(text, SearchText.Fold(text), alias, path, paths.Get(doc), engagement.Get(doc)));
            }
        }

        // Index order is the rank among equally good matches: more paths, more engagement, shorter, A-Z.
        titles.Sort((a, b) =>
            b.PathCount != a.PathCount ? b.PathCount.CompareTo(a.PathCount)
            : b.Engagement != a.Engagement ? b.Engagement.CompareTo(a.Engagement)
            : a.Title.Length != b.Title.Length ? a.Title.Length.CompareTo(b.Title.Length)
            : string.CompareOrdinal(a.Title, b.Title));
        var keys = new List<(string, int)>(titles.Count * 4);
        for (var i = 0; i < titles.Count; i++)
        {
            var folded = titles[i].Folded;
            for (var start = 0; start < folded.Length; start++)
            {
                if (start == 0 || folded[start - 1] == ' ')
                {
                    keys.Add((folded[start..], i));
                }
            }
        }

        var sorted = keys.ToArray();
        Array.Sort(sorted, (a, b) => string.CompareOrdinal(a.Item1, b.Item1));
        return new TitleSuggester([.. titles], sorted);
    }

    /// <summary>Up to <paramref name="limit"/> completions of <paramref name="typed"/>.</summary>
    public IReadOnlyList<CareerSuggestion> Suggest(string? typed, int limit)
    {
        var prefix = SearchText.Fold(typed);
        if (prefix.Length == 0 || limit <= 0)
        {
            return [];
        }

        // One pass over the matching keys keeping the best few: a one-letter prefix can match most titles.
        var best = new List<(int Group, int Title)>(limit + 1);
        for (var i = LowerBound(prefix); i < _keys.Length && _keys[i].Key.StartsWith(prefix, StringComparison.Ordinal); i++)
        {
            var title = _keys[i].Title;
            var folded = _titles[title].Folded;
            var group = folded.Length == prefix.Length ? 0 : folded.StartsWith(prefix, StringComparison.Ordinal) ? 1 : 2;
            var existing = best.FindIndex(b => b.Title == title || (_titles[b.Title].Title == _titles[title].Title && _titles[b.Title].ContentType == _titles[title].ContentType));
            if (existing >= 0)
            {
                if (Better((group, title), best[existing]))
                {
                    best.RemoveAt(existing);
                }
                else
                {
                    continue;
                }
            }

            var at = best.FindIndex(b => Better((group, title), b));
            if (at < 0 && best.Count >= limit)
            {
                continue;
            }

            best.Insert(at < 0 ? best.Count : at, (group, title));
            if (best.Count > limit)
            {
                best.RemoveAt(best.Count - 1);
            }
        }

        return best.Select(b => _titles[b.Title]).Select(t => new CareerSuggestion(t.Title, t.ContentType, t.Route)).ToList();
    }

    /// <summary>Equal title first, then titles starting with the text, then the popularity rank (see <see cref="Build"/>).</summary>
    private static bool Better((int Group, int Title) a, (int Group, int Title) b) =>
        a.Group != b.Group ? a.Group < b.Group : a.Title < b.Title;

    /// <summary>The titles closest to <paramref name="text"/> by edit distance (at most a third of its length).</summary>
    public string? Closest(string text)
    {
        var folded = SearchText.Fold(text);
        if (folded.Length < 3)
        {
            return null;
        }

        var max = Math.Max(1, folded.Length / 3);
        string? best = null;
        var bestDistance = max + 1;
        foreach (var title in _titles)
        {
            if (Math.Abs(title.Folded.Length - folded.Length) > Math.Min(max, bestDistance - 1))
            {
                continue;
            }

            var distance = EditDistance.Compute(folded, title.Folded, bestDistance - 1);
            if (distance < bestDistance)
            {
                bestDistance = distance;
                best = title.Title;
            }
        }

        return best;
    }

    private int LowerBound(string prefix)
    {
        int low = 0, high = _keys.Length;
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (string.CompareOrdinal(_keys[mid].Key, prefix) < 0)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }

    private sealed record Entry(string Title, string Folded, string ContentType, string? Route, long PathCount, long Engagement);
}
