namespace CareerCms.Web.DeliveryApi.Output.Expansion;

/// <summary>
/// A parsed v2 <c>expand</c> or <c>fields</c> value: a tiny bracket grammar where '[' opens the children of the
/// preceding key, ',' starts a sibling and ']' closes (Umbraco's <c>RequestContextOutputExpansionStrategyV2</c>).
/// Keys are raw text. The parsed tree hangs under a synthetic root, so <c>properties[a,b]</c> becomes
/// root → properties → {a, b}.
/// </summary>
public sealed class OutputExpansion
{
    /// <summary>The key that matches every property at one level.</summary>
    public const string AllKey = "$all";

    /// <summary>The only wrapper whose children name properties.</summary>
    public const string PropertiesKey = "properties";

    private OutputExpansion(string value, OutputExpansionNode root)
    {
        Value = value;
        Root = root;
    }

    /// <summary>The default <c>expand</c>: nothing is expanded.</summary>
    public static OutputExpansion None { get; } = Parse(string.Empty);

    /// <summary>The default <c>fields</c>: every property is output.</summary>
    public static OutputExpansion All { get; } = Parse(AllKey);

    /// <summary>The value as requested.</summary>
    public string Value { get; }

    /// <summary>The synthetic root whose children are the top-level keys.</summary>
    public OutputExpansionNode Root { get; }

    /// <summary>The <c>expand</c> parameter; absent means <see cref="None"/>.</summary>
    /// <exception cref="OutputExpansionFormatException">The value is malformed.</exception>
    public static OutputExpansion ParseExpand(string? value) => value is null ? None : Parse(value);

    /// <summary>
    /// The <c>fields</c> parameter; absent means <see cref="All"/>. An empty value (<c>fields=</c>) is kept as Umbraco
    /// keeps it: a tree without <c>properties</c>, so no property is output.
    /// </summary>
    /// <exception cref="OutputExpansionFormatException">The value is malformed.</exception>
    public static OutputExpansion ParseFields(string? value) => value is null ? All : Parse(value);

    /// <summary>Parses a value.</summary>
    /// <exception cref="OutputExpansionFormatException">
    /// Unbalanced brackets, a leading '[', an empty "[]" (Umbraco's three checks), or a ']' that closes more than was
    /// opened so far (Umbraco would then crash or build a nonsense tree).
    /// </exception>
    public static OutputExpansion Parse(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Count(c => c == '[') != value.Count(c => c == ']'))
        {
            throw new OutputExpansionFormatException(value, "the number of '[' and ']' differ");
        }

        if (value.StartsWith('['))
        {
            throw new OutputExpansionFormatException(value, "it may not start with '['");
        }

        if (value.Contains("[]", StringComparison.Ordinal))
        {
            throw new OutputExpansionFormatException(value, "it may not contain empty brackets '[]'");
        }

        var root = new OutputExpansionNode("root");
        var parents = new Stack<OutputExpansionNode>();
        parents.Push(root);
        var current = root.AddChild();
        foreach (var c in value)
        {
            switch (c)
            {
                case '[':
                    parents.Push(current);
                    current = current.AddChild();
                    break;
                case ',':
                    current = parents.Peek().AddChild();
                    break;
                case ']':
                    if (parents.Count == 1)
                    {
                        throw new OutputExpansionFormatException(value, "a ']' closes a bracket that was never opened");
                    }

                    current = parents.Pop();
                    break;
                default:
                    current.Append(c);
                    break;
            }
        }

        return new OutputExpansion(value, root);
    }

    /// <summary>
    /// Umbraco's lookup from one level to the next for a property alias: a <c>$all</c> child of the current node
    /// matches; otherwise the <c>properties</c> child's <c>$all</c> or alias child (first in request order).
    /// So only <c>properties[...]</c> wrappers name properties, and <c>$all</c> reaches one level.
    /// </summary>
    public static OutputExpansionNode? Next(OutputExpansionNode? current, string propertyAlias) =>
        current?.Child(AllKey)
        ?? current?.Child(PropertiesKey)?.Children.FirstOrDefault(c =>
            string.Equals(c.Key, AllKey, StringComparison.Ordinal) || string.Equals(c.Key, propertyAlias, StringComparison.Ordinal));

    /// <inheritdoc />
    public override string ToString() => Value;
}
