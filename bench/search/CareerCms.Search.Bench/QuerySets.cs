using CareerCms.Web.Corpus;
using CareerCms.Web.Search.Indexing;

namespace CareerCms.Search.Bench;

/// <summary>
/// Benchmark queries drawn from the corpus titles with a fixed seed: 1, 2 and 3 consecutive title words, as typed
/// (the last word still open, so prefix and typo matching both run), and the same with one typo in every word of 5+
/// letters (a substitution, deletion or transposition after the first letter).
/// </summary>
internal static class QuerySets
{
    public static IReadOnlyList<(string Label, IReadOnlyList<string> Queries)> Build(IEnumerable<CorpusNode> nodes, int perSet, int seed)
    {
        var random = new Random(seed);
        var titles = nodes.Where(n => n.ContentTypeAlias is "career" or "transitionPath")
            .Select(n => SearchText.Fold(n.Name).Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length >= 3 && w != "to").ToArray())
            .Where(words => words.Length > 0)
            .ToArray();
        var sets = new List<(string, IReadOnlyList<string>)>();
        foreach (var words in (int[])[1, 2, 3])
        {
            var clean = new List<string>();
            while (clean.Count < perSet)
            {
                var title = titles[random.Next(titles.Length)];
                if (title.Length < words)
                {
                    continue;
                }

                var start = random.Next(title.Length - words + 1);
                clean.Add(string.Join(' ', title.Skip(start).Take(words)));
            }

            sets.Add(($"{words} word{(words > 1 ? "s" : string.Empty)}", clean));
            sets.Add(($"{words} word{(words > 1 ? "s" : string.Empty)}, typos", clean.Select(q => WithTypos(q, random)).ToList()));
        }

        return sets;
    }

    private static string WithTypos(string query, Random random) =>
        string.Join(' ', query.Split(' ').Select(word => word.Length >= 5 ? Typo(word, random) : word));

    private static string Typo(string word, Random random)
    {
        var i = 1 + random.Next(word.Length - 2);
        return random.Next(3) switch
        {
            0 => word[..i] + (char)('a' + random.Next(26)) + word[(i + 1)..],
            1 => word[..i] + word[(i + 1)..],
            _ => word[..i] + word[i + 1] + word[i] + word[(i + 2)..],
        };
    }
}
