namespace CareerCms.Web.Corpus;

/// <summary>
/// One document of a generated corpus, with its property values in exactly the raw storage formats of the
/// starter uSync content files (integers as text, dropdowns as JSON arrays, pickers as document UDIs, rich text
/// as <c>{"markup":..,"blocks":null}</c>, block lists in the Umbraco 15+ shape). A null value means "no value"
/// and is written as empty CDATA.
/// </summary>
/// <param name="Key">The document key: a name-based UUID v5 (see <see cref="CorpusKeys"/>), stable across runs.</param>
/// <param name="ParentKey">The parent document's key, null at the root.</param>
/// <param name="ContentTypeAlias">The document type alias (<see cref="CorpusContentTypes"/>).</param>
/// <param name="Name">The node name, unique among its siblings.</param>
/// <param name="Values">Property values by alias, raw stored strings; every property of the type is present.</param>
/// <param name="SortOrder">Position among siblings, from 0.</param>
/// <param name="CreateDate">Creation time (UTC), derived from the node's position, never from the clock.</param>
/// <param name="Published">Whether the document is published.</param>
public sealed record CorpusNode(
    Guid Key,
    Guid? ParentKey,
    string ContentTypeAlias,
    string Name,
    IReadOnlyDictionary<string, string?> Values,
    int SortOrder,
    DateTime CreateDate,
    bool Published)
{
    /// <summary>The value of a property, or null when it has none.</summary>
    public string? Value(string alias) => Values.TryGetValue(alias, out var value) ? value : null;

    /// <summary>The node as a <c>umb://document/{32 hex}</c> UDI, the form pickers store.</summary>
    public string Udi => CorpusValues.DocumentUdi(Key);
}
