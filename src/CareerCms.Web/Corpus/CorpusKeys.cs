using System.Security.Cryptography;
using System.Text;

namespace CareerCms.Web.Corpus;

/// <summary>
/// Stable identities for corpus documents: RFC 4122 name-based UUIDs, version 5 (SHA-1), in the URL namespace,
/// of the name <c>careercms-corpus:</c> + a local id such as <c>career:1</c>, <c>skill:2778</c>,
/// <c>path:1:from:3</c> or <c>career:1:requiredSkills:2778</c>. The same id gives the same key on every
/// machine and every run, and the corpus keys never collide with the starter content's (random) keys.
/// </summary>
public static class CorpusKeys
{
    /// <summary>The prefix of every name that is hashed.</summary>
    public const string NamePrefix = "careercms-corpus:";

    /// <summary>RFC 4122's URL namespace, 6ba7b811-9dad-11d1-80b4-00c04fd430c8.</summary>
    public static readonly Guid UrlNamespace = Guid.Parse("6ba7b811-9dad-11d1-80b4-00c04fd430c8");

    /// <summary>The corpus "Careers" root (a <c>careersRoot</c>).</summary>
    public static Guid CareersRoot => For("careers-root");

    /// <summary>The corpus "Skills" root (a <c>skillsRoot</c>).</summary>
    public static Guid SkillsRoot => For("skills-root");

    /// <summary>The key of a corpus-local id: UUID v5 of <c>careercms-corpus:{id}</c>.</summary>
    public static Guid For(string id) => NameBasedV5(UrlNamespace, NamePrefix + id);

    /// <summary>A career (occupation row id).</summary>
    public static Guid Career(int occupationId) => For(FormattableString.Invariant($"career:{occupationId}"));

    /// <summary>A skill (ESCO skill id of the Career Causeways files).</summary>
    public static Guid Skill(int skillId) => For(FormattableString.Invariant($"skill:{skillId}"));

    /// <summary>A transition path into a target career from a background career.</summary>
    public static Guid Path(int targetOccupationId, int fromOccupationId) =>
        For(FormattableString.Invariant($"path:{targetOccupationId}:from:{fromOccupationId}"));

    /// <summary>A required-skill block of a career.</summary>
    public static Guid RequiredSkillBlock(int occupationId, int skillId) =>
        For(FormattableString.Invariant($"career:{occupationId}:requiredSkills:{skillId}"));

    /// <summary>RFC 4122 section 4.3: SHA-1 of the namespace (network order) and the UTF-8 name; version 5, variant 10.</summary>
    public static Guid NameBasedV5(Guid namespaceId, string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var nameBytes = Encoding.UTF8.GetBytes(name);
        var input = new byte[16 + nameBytes.Length];
        namespaceId.TryWriteBytes(input, bigEndian: true, out _);
        nameBytes.CopyTo(input, 16);
#pragma warning disable CA5350 // UUID v5 is defined on SHA-1; it is an identifier, not a security measure.
        var hash = SHA1.HashData(input);
#pragma warning restore CA5350
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true);
    }

    /// <summary>A stable 64-bit hash of a text (FNV-1a over UTF-16 code units, then a SplitMix64 finalizer).</summary>
    public static ulong StableHash(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var hash = 14695981039346656037UL;
        foreach (var c in text)
        {
            hash ^= c;
            hash *= 1099511628211UL;
        }

        return CorpusRandom.Mix(hash);
    }
}

/// <summary>
/// The corpus's only source of "randomness": SplitMix64, seeded from the options' seed and a label (for example
/// <c>career:17</c>), so each decision is reproducible on its own and does not depend on the order of others.
/// Its sequence is defined here, not by <see cref="Random"/>, whose seeded sequence .NET does not promise to keep.
/// </summary>
public sealed class CorpusRandom
{
    private ulong _state;

    /// <summary>A generator for a seed and a label.</summary>
    public CorpusRandom(int seed, string label) => _state = CorpusKeys.StableHash(label) ^ Mix((ulong)(uint)seed + 0x632BE59BD9B4E019UL);

    /// <summary>The next 64 random bits.</summary>
    public ulong NextUInt64()
    {
        _state += 0x9E3779B97F4A7C15UL;
        return Mix(_state);
    }

    /// <summary>A number in [0, 1).</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>An integer in [minInclusive, maxExclusive).</summary>
    public int Next(int minInclusive, int maxExclusive)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(minInclusive, maxExclusive);
        return minInclusive + (int)(NextUInt64() % (ulong)(maxExclusive - minInclusive));
    }

    /// <summary>True with the given probability.</summary>
    public bool Chance(double probability) => NextDouble() < probability;

    /// <summary>
    /// Picks up to <paramref name="count"/> distinct items, each draw proportional to its weight among those left
    /// (items with weight 0 or less are never picked). The result is in draw order.
    /// </summary>
    public List<T> WeightedSample<T>(IReadOnlyList<T> items, Func<T, double> weight, int count)
    {
        var remaining = items.Where(i => weight(i) > 0).ToList();
        var weights = remaining.Select(weight).ToList();
        var picked = new List<T>(count);
        while (picked.Count < count && remaining.Count > 0)
        {
            var total = weights.Sum();
            var target = NextDouble() * total;
            var index = 0;
            var cumulative = weights[0];
            while (cumulative <= target && index < remaining.Count - 1)
            {
                cumulative += weights[++index];
            }

            picked.Add(remaining[index]);
            remaining.RemoveAt(index);
            weights.RemoveAt(index);
        }

        return picked;
    }

    /// <summary>SplitMix64's finalizer.</summary>
    internal static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
