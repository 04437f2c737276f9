using CareerCms.Web.Content.Schema;

namespace CareerCms.Web.Backoffice.Schema;

/// <summary>Which document types carry a type's properties: the type itself and every type composing it, transitively.</summary>
public static class SchemaComposition
{
    /// <summary>The type and all types that compose it (directly or through other compositions).</summary>
    public static IReadOnlyList<ContentTypeDefinition> ComposingTypes(SchemaCatalog schema, ContentTypeDefinition type)
    {
        var result = new List<ContentTypeDefinition> { type };
        var seen = new HashSet<Guid> { type.Key };
        for (var i = 0; i < result.Count; i++)
        {
            var current = result[i];
            foreach (var candidate in schema.ContentTypes)
            {
                if (!seen.Contains(candidate.Key) && candidate.Compositions.Any(c => c.Key == current.Key || c.Alias == current.Alias))
                {
                    seen.Add(candidate.Key);
                    result.Add(candidate);
                }
            }
        }

        return result;
    }
}
