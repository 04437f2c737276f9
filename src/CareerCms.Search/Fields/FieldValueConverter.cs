using System.Globalization;

namespace CareerCms.Search.Fields;

/// <summary>Turns index values (any CLR type or invariant-culture text) into what Lucene stores.</summary>
internal static class FieldValueConverter
{
    public static string ToText(object value) => value switch
    {
        string text => text,
        DateTime date => date.ToString("o", CultureInfo.InvariantCulture),
        DateTimeOffset date => date.ToString("o", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    public static bool TryToInt64(object value, out long result)
    {
        switch (value)
        {
            case string text:
                return long.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out result);
            case bool:
                result = 0;
                return false;
            case IConvertible convertible:
                try
                {
                    result = convertible.ToInt64(CultureInfo.InvariantCulture);
                    return true;
                }
                catch (Exception ex) when (ex is FormatException or InvalidCastException or OverflowException)
                {
                    result = 0;
                    return false;
                }

            default:
                result = 0;
                return false;
        }
    }

    public static bool TryToInt32(object value, out int result)
    {
        result = 0;
        if (!TryToInt64(value, out var wide) || wide is < int.MinValue or > int.MaxValue)
        {
            return false;
        }

        result = (int)wide;
        return true;
    }

    public static bool TryToDouble(object value, out double result)
    {
        switch (value)
        {
            case string text:
                return double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out result);
            case bool:
                result = 0;
                return false;
            case IConvertible convertible:
                try
                {
                    result = convertible.ToDouble(CultureInfo.InvariantCulture);
                    return true;
                }
                catch (Exception ex) when (ex is FormatException or InvalidCastException or OverflowException)
                {
                    result = 0;
                    return false;
                }

            default:
                result = 0;
                return false;
        }
    }

    public static bool TryToSingle(object value, out float result)
    {
        var ok = TryToDouble(value, out var wide);
        result = (float)wide;
        return ok;
    }

    /// <summary>Date values become ticks rounded down to the millisecond; a number is taken as ticks.</summary>
    public static bool TryToDateTicks(object value, out long ticks)
    {
        switch (value)
        {
            case DateTime date:
                ticks = date.Ticks;
                break;
            case DateTimeOffset date:
                ticks = date.UtcDateTime.Ticks;
                break;
            case DateOnly date:
                ticks = date.ToDateTime(TimeOnly.MinValue).Ticks;
                break;
            case string text when DateTime.TryParse(text.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var parsed):
                ticks = parsed.Ticks;
                break;
            case string text when long.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsedTicks):
                ticks = parsedTicks;
                break;
            case long or int:
                ticks = Convert.ToInt64(value, CultureInfo.InvariantCulture);
                break;
            default:
                ticks = 0;
                return false;
        }

        ticks -= ticks % TimeSpan.TicksPerMillisecond;
        return true;
    }
}
