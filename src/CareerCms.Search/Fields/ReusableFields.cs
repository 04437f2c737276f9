using Lucene.Net.Documents;

namespace CareerCms.Search.Fields;

/// <summary>
/// Indexed, untokenized fields (<see cref="StringField"/> and the numeric fields) kept across documents, as Lucene
/// recommends for bulk indexing: each instance lazily creates its own token stream (an attribute source, costly in
/// Lucene.Net), so a new field per value per document was a large part of a rebuild. One document at a time: take
/// the fields of a document, hand it to the writer, then <see cref="Reset"/> before building the next.
/// </summary>
internal sealed class ReusableFields
{
    /// <summary>Distinct field names kept before starting over (nested property names can be many).</summary>
    private const int MaxNames = 4096;

    private readonly Dictionary<(string Name, Type Type, bool Stored), Slot> _slots = [];

    /// <summary>Makes every kept field available again (the previous document has been written).</summary>
    public void Reset()
    {
        if (_slots.Count > MaxNames)
        {
            _slots.Clear();
            return;
        }

        foreach (var slot in _slots.Values)
        {
            slot.Used = 0;
        }
    }

    public StringField String(string name, string value, bool stored = true)
    {
        if (Next<StringField>(name, stored) is { } field)
        {
            field.SetStringValue(value);
            return field;
        }

        return Keep(name, new StringField(name, value, stored ? Field.Store.YES : Field.Store.NO), stored);
    }

    public Int32Field Int32(string name, int value)
    {
        if (Next<Int32Field>(name) is { } field)
        {
            field.SetInt32Value(value);
            return field;
        }

        return Keep(name, new Int32Field(name, value, Field.Store.YES));
    }

    public Int64Field Int64(string name, long value)
    {
        if (Next<Int64Field>(name) is { } field)
        {
            field.SetInt64Value(value);
            return field;
        }

        return Keep(name, new Int64Field(name, value, Field.Store.YES));
    }

    public SingleField Single(string name, float value)
    {
        if (Next<SingleField>(name) is { } field)
        {
            field.SetSingleValue(value);
            return field;
        }

        return Keep(name, new SingleField(name, value, Field.Store.YES));
    }

    public DoubleField Double(string name, double value)
    {
        if (Next<DoubleField>(name) is { } field)
        {
            field.SetDoubleValue(value);
            return field;
        }

        return Keep(name, new DoubleField(name, value, Field.Store.YES));
    }

    private T? Next<T>(string name, bool stored = true)
        where T : Field
    {
        if (!_slots.TryGetValue((name, typeof(T), stored), out var slot) || slot.Used == slot.Fields.Count)
        {
            return null;
        }

        return (T)slot.Fields[slot.Used++];
    }

    private T Keep<T>(string name, T field, bool stored = true)
        where T : Field
    {
        if (!_slots.TryGetValue((name, typeof(T), stored), out var slot))
        {
            _slots[(name, typeof(T), stored)] = slot = new Slot();
        }

        slot.Fields.Add(field);
        slot.Used = slot.Fields.Count;
        return field;
    }

    private sealed class Slot
    {
        public List<Field> Fields { get; } = [];

        public int Used { get; set; }
    }
}
