using System.Text;

namespace CareerCms.Web.DeliveryApi.Output.Expansion;

/// <summary>One key of a parsed <c>expand</c>/<c>fields</c> value and the keys bracketed under it.</summary>
public sealed class OutputExpansionNode
{
    private readonly List<OutputExpansionNode> _children = [];
    private readonly StringBuilder _keyText;
    private string? _key;

    internal OutputExpansionNode(string key) => _keyText = new StringBuilder(key);

    /// <summary>The raw key text (case- and whitespace-sensitive, as in Umbraco).</summary>
    public string Key => _key ??= _keyText.ToString();

    /// <summary>The keys inside this key's brackets, in request order.</summary>
    public IReadOnlyList<OutputExpansionNode> Children => _children;

    /// <summary>The first child with the given key (ordinal), or null.</summary>
    public OutputExpansionNode? Child(string key) => _children.FirstOrDefault(c => string.Equals(c.Key, key, StringComparison.Ordinal));

    internal OutputExpansionNode AddChild()
    {
        var child = new OutputExpansionNode(string.Empty);
        _children.Add(child);
        return child;
    }

    internal void Append(char c)
    {
        _keyText.Append(c);
        _key = null;
    }

    /// <inheritdoc />
    public override string ToString() =>
        _children.Count == 0 ? Key : $"{Key}[{string.Join(",", _children.Select(c => c.ToString()))}]";
}
