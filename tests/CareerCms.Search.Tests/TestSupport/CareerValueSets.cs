using CareerCms.Search.Model;

namespace CareerCms.Search.Tests.TestSupport;

/// <summary>Builds value sets shaped like the careers content.</summary>
internal static class CareerValueSets
{
    public static ValueSet Career(
        string id,
        string name,
        int salary = 0,
        string category = "content",
        string itemType = "career",
        IEnumerable<KeyValuePair<string, object?>>? extra = null)
    {
        var values = new Dictionary<string, object?>
        {
            [TestFields.Name] = name,
            [TestFields.Salary] = salary,
        };
        foreach (var (key, value) in extra ?? [])
        {
            values[key] = value;
        }

        return ValueSet.FromValues(id, category, itemType, values);
    }

    public static IReadOnlyList<ValueSet> Numbered(int count, string prefix = "") =>
        Enumerable.Range(0, count).Select(i => Career(prefix + i, $"Career {i}", salary: i)).ToList();
}
