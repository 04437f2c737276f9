using System.Security.Cryptography;
using System.Text;
using CareerCms.Web.Corpus;

namespace CareerCms.Search.Bench;

/// <summary>
/// Grows the occupations corpus to a target size for the large benchmark: the real corpus first, then copies of
/// every career and its paths under their own roots, each copy's names qualified ("Welder (Coastal)"), keys derived
/// from the original key and the copy number, and pickers pointing at the copied careers. Skills are shared.
/// Deterministic: the same input gives the same corpus.
/// </summary>
internal static class SyntheticCorpus
{
    private static readonly string[] Qualifiers =
    [
        "Coastal", "Northern", "Southern", "Urban", "Rural", "Remote", "Hospital", "Public Sector", "Startup", "Enterprise",
        "Night Shift", "Senior", "Junior", "International", "Regional", "Field", "Contract", "Apprentice", "Lead", "Freelance",
    ];

    public static IReadOnlyList<CorpusNode> Build(OccupationCorpus corpus, int targetCount)
    {
        var nodes = new List<CorpusNode>(targetCount);
        nodes.AddRange(corpus.Nodes);
        var careers = corpus.Careers.ToList();
        var paths = corpus.TransitionPaths.ToLookup(p => p.ParentKey);
        for (var copy = 1; nodes.Count < targetCount && copy <= Qualifiers.Length; copy++)
        {
            var qualifier = Qualifiers[copy - 1];
            var root = corpus.CareersRoot with { Key = Derive(corpus.CareersRoot.Key, copy), Name = $"Careers ({qualifier})", SortOrder = 10 + copy };
            nodes.Add(root);
            var careerKeys = careers.ToDictionary(c => c.Udi, c => CorpusValues.DocumentUdi(Derive(c.Key, copy)));
            foreach (var career in careers)
            {
                if (nodes.Count >= targetCount)
                {
                    break;
                }

                nodes.Add(career with
                {
                    Key = Derive(career.Key, copy),
                    ParentKey = root.Key,
                    Name = $"{career.Name} ({qualifier})",
                    Values = Remap(career.Values, careerKeys),
                });
                foreach (var path in paths[career.Key])
                {
                    if (nodes.Count >= targetCount)
                    {
                        break;
                    }

                    nodes.Add(path with
                    {
                        Key = Derive(path.Key, copy),
                        ParentKey = Derive(career.Key, copy),
                        Name = $"{path.Name} ({qualifier})",
                        Values = Remap(path.Values, careerKeys),
                    });
                }
            }
        }

        return nodes;
    }

    private static IReadOnlyDictionary<string, string?> Remap(IReadOnlyDictionary<string, string?> values, IReadOnlyDictionary<string, string> careerUdis)
    {
        var copy = new Dictionary<string, string?>(values.Count, StringComparer.Ordinal);
        foreach (var (alias, value) in values)
        {
            copy[alias] = alias is "fromCareer" or "relatedCareers" && value is not null
                ? string.Join(',', value.Split(',').Select(udi => careerUdis.TryGetValue(udi.Trim(), out var mapped) ? mapped : udi))
                : value;
        }

        return copy;
    }

    private static Guid Derive(Guid key, int copy)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{key:N}/{copy}"));
        return new Guid(hash.AsSpan(0, 16));
    }
}
