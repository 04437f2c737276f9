using System.Collections;
using System.Collections.Concurrent;

namespace CareerCms.Search.Model;

/// <summary>A thread-safe set of field definitions, keyed by field name.</summary>
/// <remarks>
/// Define fields before the index first analyzes them: analyzers are cached per field, so changing a field's type
/// after documents were written needs a rebuild.
/// </remarks>
public class FieldDefinitionCollection : IEnumerable<FieldDefinition>
{
    private readonly ConcurrentDictionary<string, FieldDefinition> _definitions = new(StringComparer.Ordinal);
    private long _version;

    /// <summary>Creates a collection holding the given definitions (later duplicates win).</summary>
    public FieldDefinitionCollection(params IEnumerable<FieldDefinition> definitions)
    {
        ArgumentNullException.ThrowIfNull(definitions);
        foreach (var definition in definitions)
        {
            AddOrUpdate(definition);
        }
    }

    /// <summary>The number of defined fields (takes every lock of the underlying dictionary: not for hot paths).</summary>
    public int Count => _definitions.Count;

    /// <summary>
    /// Changes whenever a definition is added or replaced; cheap to read, so lookups derived from the definitions
    /// (for example cached name mappings) can tell when to start over.
    /// </summary>
    public long Version => Interlocked.Read(ref _version);

    /// <summary>Adds a definition unless the field is already defined.</summary>
    public bool TryAdd(FieldDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        if (!_definitions.TryAdd(definition.Name, definition))
        {
            return false;
        }

        Interlocked.Increment(ref _version);
        return true;
    }

    /// <summary>Adds or replaces the definition of a field.</summary>
    public void AddOrUpdate(FieldDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        _definitions[definition.Name] = definition;
        Interlocked.Increment(ref _version);
    }

    /// <summary>Returns the definition of a field, adding the one made by <paramref name="create"/> if there is none.</summary>
    public FieldDefinition GetOrAdd(string fieldName, Func<string, FieldDefinition> create)
    {
        ArgumentNullException.ThrowIfNull(create);
        if (_definitions.TryGetValue(fieldName, out var existing))
        {
            return existing;
        }

        var added = false;
        var definition = _definitions.GetOrAdd(fieldName, name =>
        {
            added = true;
            return create(name);
        });
        if (added)
        {
            Interlocked.Increment(ref _version);
        }

        return definition;
    }

    /// <summary>Finds the definition of a field. Override to map derived names (for example culture suffixes) onto a definition.</summary>
    public virtual bool TryGetValue(string fieldName, out FieldDefinition definition)
    {
        if (_definitions.TryGetValue(fieldName, out var found))
        {
            definition = found;
            return true;
        }

        definition = null!;
        return false;
    }

    /// <inheritdoc />
    public IEnumerator<FieldDefinition> GetEnumerator() => _definitions.Values.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
