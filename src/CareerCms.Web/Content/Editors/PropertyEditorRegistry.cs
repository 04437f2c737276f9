namespace CareerCms.Web.Content.Editors;

/// <summary>An editor alias a package adds (e.g. the CareerCms plugin's computed editors), registered in DI.</summary>
/// <param name="Alias">The editor alias, e.g. <c>CareerCms.PathCounts</c>.</param>
public sealed record PropertyEditorRegistration(string Alias);

/// <summary>The editors this site accepts in data types: the built-in ones plus every registered package editor.</summary>
public sealed class PropertyEditorRegistry(IEnumerable<PropertyEditorRegistration> packageEditors)
{
    private readonly HashSet<string> _packageEditors = packageEditors.Select(e => e.Alias).ToHashSet(StringComparer.Ordinal);

    /// <summary>True when data types may use this editor.</summary>
    public bool IsKnown(string editorAlias) => EditorCatalog.IsKnown(editorAlias) || _packageEditors.Contains(editorAlias);
}
