namespace CareerCms.Web.Search.Careers;

/// <summary>
/// How many typos a word may have, by its length (Algolia's rule): none under
/// <see cref="CareerSearchOptions.MinWordSizeForOneTypo"/> letters, one up to
/// <see cref="CareerSearchOptions.MinWordSizeForTwoTypos"/> - 1, two beyond. A typo is one Damerau-Levenshtein
/// edit: an insertion, deletion, substitution or transposition of adjacent letters.
/// </summary>
public sealed class TypoTolerance(int minWordSizeForOneTypo, int minWordSizeForTwoTypos, int prefixLength)
{
    /// <summary>Leading characters a typo may not change.</summary>
    public int PrefixLength { get; } = prefixLength;

    /// <summary>The rules of the options.</summary>
    public static TypoTolerance From(CareerSearchOptions options) =>
        new(options.MinWordSizeForOneTypo, options.MinWordSizeForTwoTypos, options.TypoPrefixLength);

    /// <summary>The typos allowed in <paramref name="word"/> (an analyzed term).</summary>
    public int MaxEdits(string word) =>
        word.Length < minWordSizeForOneTypo ? 0 : word.Length < minWordSizeForTwoTypos ? 1 : 2;

    /// <summary>True when <paramref name="candidate"/> is within the typos allowed for <paramref name="word"/>.</summary>
    public bool Matches(string word, string candidate)
    {
        var max = MaxEdits(word);
        if (max == 0 || Math.Abs(word.Length - candidate.Length) > max)
        {
            return false;
        }

        var prefix = Math.Min(PrefixLength, word.Length);
        return candidate.Length >= prefix
            && string.CompareOrdinal(word, 0, candidate, 0, prefix) == 0
            && EditDistance.Compute(word, candidate, max) <= max;
    }
}

/// <summary>Damerau-Levenshtein distance (optimal string alignment), with an early exit above a bound.</summary>
public static class EditDistance
{
    /// <summary>The distance, or a value above <paramref name="max"/> as soon as it is certain to exceed it.</summary>
    public static int Compute(string a, string b, int max = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (Math.Abs(a.Length - b.Length) > max)
        {
            return max == int.MaxValue ? max : max + 1;
        }

        var previous2 = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, previous2[j - 2] + 1);
                }

                current[j] = value;
                rowMin = Math.Min(rowMin, value);
            }

            if (rowMin > max)
            {
                return max + 1;
            }

            (previous2, previous, current) = (previous, current, previous2);
        }

        return previous[b.Length];
    }
}
