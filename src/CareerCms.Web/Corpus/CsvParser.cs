using System.Text;

namespace CareerCms.Web.Corpus;

/// <summary>
/// A small RFC 4180 CSV reader: comma-separated fields; a field in double quotes may hold commas, line breaks and
/// doubled quotes (<c>""</c> for one <c>"</c>); records end with LF, CRLF or CR; a UTF-8 BOM is ignored; a final
/// line break does not make an empty record. Text outside quotes is kept as is (no trimming).
/// </summary>
public static class CsvParser
{
    /// <summary>All records of a CSV text, each a list of fields.</summary>
    /// <exception cref="FormatException">A quoted field is not closed, or text follows a closing quote.</exception>
    public static List<string[]> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var records = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var i = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        var atFieldStart = true;
        var recordHasContent = false;
        while (i < text.Length)
        {
            var c = text[i];
            if (atFieldStart && c == '"')
            {
                i = ReadQuoted(text, i + 1, field, ref line);
                recordHasContent = true;
                atFieldStart = false;
                if (i < text.Length && text[i] is not (',' or '\r' or '\n'))
                {
                    throw new FormatException($"Line {line}: unexpected text after a closing quote.");
                }

                continue;
            }

            switch (c)
            {
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    atFieldStart = true;
                    recordHasContent = true;
                    i++;
                    break;
                case '\r' or '\n':
                    if (recordHasContent || field.Length > 0)
                    {
                        fields.Add(field.ToString());
                        records.Add([.. fields]);
                    }

                    fields.Clear();
                    field.Clear();
                    atFieldStart = true;
                    recordHasContent = false;
                    i += c == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;
                    line++;
                    break;
                default:
                    field.Append(c);
                    atFieldStart = false;
                    recordHasContent = true;
                    i++;
                    break;
            }
        }

        if (recordHasContent || field.Length > 0)
        {
            fields.Add(field.ToString());
            records.Add([.. fields]);
        }

        return records;
    }

    /// <summary>
    /// The records of a CSV text with a header row, as maps from column name to field. A record with fewer fields
    /// than the header gets empty strings for the missing ones; one with more fields is an error.
    /// </summary>
    public static List<IReadOnlyDictionary<string, string>> ParseWithHeader(string text)
    {
        var records = Parse(text);
        if (records.Count == 0)
        {
            return [];
        }

        var header = records[0].Select(h => h.Trim()).ToArray();
        var rows = new List<IReadOnlyDictionary<string, string>>(records.Count - 1);
        for (var r = 1; r < records.Count; r++)
        {
            var record = records[r];
            if (record.Length > header.Length)
            {
                throw new FormatException($"Record {r + 1} has {record.Length} fields; the header has {header.Length}.");
            }

            var row = new Dictionary<string, string>(header.Length, StringComparer.Ordinal);
            for (var c = 0; c < header.Length; c++)
            {
                row[header[c]] = c < record.Length ? record[c] : string.Empty;
            }

            rows.Add(row);
        }

        return rows;
    }

    private static int ReadQuoted(string text, int i, StringBuilder field, ref int line)
    {
        var startLine = line;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '"')
            {
                if (i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i += 2;
                    continue;
                }

                return i + 1;
            }

            if (c == '\n' || (c == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                line++;
            }

            field.Append(c);
            i++;
        }

        throw new FormatException($"Line {startLine}: a quoted field is not closed.");
    }
}
