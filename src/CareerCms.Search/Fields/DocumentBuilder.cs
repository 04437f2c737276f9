using CareerCms.Search.Model;
using Lucene.Net.Documents;
using Lucene.Net.Util;

namespace CareerCms.Search.Fields;

/// <summary>
/// Builds the Lucene document for a value set: the reserved fields, then every value stored and indexed per its
/// field kind. Text sort keys go into DocValues (first value only, as DocValues hold one value per document); so do
/// numbers and dates unless <paramref name="numericDocValues"/> is off (they are then sorted through Lucene's
/// FieldCache, as Examine does).
/// Not thread-safe, and untokenized fields are reused (<see cref="ReusableFields"/>): give each document to the
/// writer before building the next (the index's write thread does).
/// </summary>
internal sealed class DocumentBuilder(FieldTypeResolver fieldTypes, bool numericDocValues)
{
    /// <summary>Sort keys are cut to this many characters: enough to order by, and far below Lucene's term limit.</summary>
    private const int MaxSortKeyLength = 256;

    private readonly ReusableFields _fields = new();

    public Document Build(ValueSet valueSet)
    {
        _fields.Reset();
        var document = new Document
        {
            _fields.String(IndexFieldNames.NodeId, valueSet.Id),
            new TextField(IndexFieldNames.IndexType, valueSet.Category, Field.Store.YES),
            new TextField(IndexFieldNames.NodeTypeAlias, valueSet.ItemType, Field.Store.YES),
        };

        foreach (var (name, values) in valueSet.Values)
        {
            if (name is IndexFieldNames.NodeId or IndexFieldNames.IndexType or IndexFieldNames.NodeTypeAlias)
            {
                continue;
            }

            AddValues(document, name, fieldTypes.Resolve(name), values);
        }

        return document;
    }

    private void AddValues(Document document, string name, FieldValueKind kind, IReadOnlyList<object> values)
    {
        var sortKeyAdded = false;
        foreach (var value in values)
        {
            sortKeyAdded |= kind switch
            {
                FieldValueKind.FullTextSortable => AddSortableText(document, name, value, sortKeyAdded),
                FieldValueKind.Raw => AddRaw(document, name, value, sortKeyAdded),
                FieldValueKind.Int32 => AddInt32(document, name, value, sortKeyAdded),
                FieldValueKind.Int64 => AddInt64(document, name, value, sortKeyAdded),
                FieldValueKind.Single => AddSingle(document, name, value, sortKeyAdded),
                FieldValueKind.Double => AddDouble(document, name, value, sortKeyAdded),
                FieldValueKind.DateTime => AddDateTime(document, name, value, sortKeyAdded),
                _ => AddText(document, name, value),
            };
        }
    }

    private static bool AddText(Document document, string name, object value)
    {
        document.Add(new TextField(name, FieldValueConverter.ToText(value), Field.Store.YES));
        return false;
    }

    private bool AddSortableText(Document document, string name, object value, bool sortKeyAdded)
    {
        var text = FieldValueConverter.ToText(value);
        document.Add(new TextField(name, text, Field.Store.YES));
        var sortName = IndexFieldNames.SortFieldName(name);
        var sortKey = text.Length > MaxSortKeyLength ? text[..MaxSortKeyLength] : text;
        document.Add(_fields.String(sortName, sortKey, stored: false));
        return AddSortKey(document, sortName, sortKey, sortKeyAdded);
    }

    private bool AddRaw(Document document, string name, object value, bool sortKeyAdded)
    {
        var text = FieldValueConverter.ToText(value);
        document.Add(_fields.String(name, text));
        return AddSortKey(document, name, text.Length > MaxSortKeyLength ? text[..MaxSortKeyLength] : text, sortKeyAdded);
    }

    private static bool AddSortKey(Document document, string name, string key, bool sortKeyAdded)
    {
        if (!sortKeyAdded)
        {
            document.Add(new SortedDocValuesField(name, new BytesRef(key)));
        }

        return true;
    }

    private bool AddInt32(Document document, string name, object value, bool sortKeyAdded)
    {
        if (!FieldValueConverter.TryToInt32(value, out var number))
        {
            return false;
        }

        document.Add(_fields.Int32(name, number));
        return sortKeyAdded || AddNumericSortKey(document, new NumericDocValuesField(name, number));
    }

    private bool AddInt64(Document document, string name, object value, bool sortKeyAdded)
    {
        if (!FieldValueConverter.TryToInt64(value, out var number))
        {
            return false;
        }

        document.Add(_fields.Int64(name, number));
        return sortKeyAdded || AddNumericSortKey(document, new NumericDocValuesField(name, number));
    }

    private bool AddSingle(Document document, string name, object value, bool sortKeyAdded)
    {
        if (!FieldValueConverter.TryToSingle(value, out var number))
        {
            return false;
        }

        document.Add(_fields.Single(name, number));
        return sortKeyAdded || AddNumericSortKey(document, new SingleDocValuesField(name, number));
    }

    private bool AddDouble(Document document, string name, object value, bool sortKeyAdded)
    {
        if (!FieldValueConverter.TryToDouble(value, out var number))
        {
            return false;
        }

        document.Add(_fields.Double(name, number));
        return sortKeyAdded || AddNumericSortKey(document, new DoubleDocValuesField(name, number));
    }

    private bool AddDateTime(Document document, string name, object value, bool sortKeyAdded)
    {
        if (!FieldValueConverter.TryToDateTicks(value, out var ticks))
        {
            return false;
        }

        document.Add(_fields.Int64(name, ticks));
        return sortKeyAdded || AddNumericSortKey(document, new NumericDocValuesField(name, ticks));
    }

    private bool AddNumericSortKey(Document document, Field docValues)
    {
        if (numericDocValues)
        {
            document.Add(docValues);
        }

        return true;
    }
}
