using System.Globalization;
using CareerCms.Search.Searching;
using CareerCms.Web.DeliveryApi.Indexing;
using Umbraco.Cms.Core.DeliveryApi;

namespace CareerCms.Web.DeliveryApi.Querying;

/// <summary>
/// Turns a Core <see cref="FilterOption"/> into index clauses with Umbraco's semantics: values within one filter
/// are OR-ed, filters are AND-ed; Is/IsNot match exactly (raw) or by analyzed terms; Contains/DoesNotContain are
/// substring matches on the analyzed field; range operators apply to Number and Date fields only.
/// </summary>
public sealed class DeliveryApiFilterClauses(DeliveryApiIndexDefinition definition, ILogger<DeliveryApiFilterClauses> logger)
{
    /// <summary>The longest term the analyzed fields hold (the standard tokenizer's limit).</summary>
    public const int MaxTermLength = 255;

    /// <summary>Adds the filter's clauses to the query.</summary>
    public void Apply(SearchQuery query, FilterOption filter)
    {
        if (definition.GetFieldType(filter.FieldName) is not { } type)
        {
            logger.LogWarning("Filter field {Field} is not declared by any index handler; filter skipped", filter.FieldName);
            return;
        }

        var field = filter.FieldName;
        if (filter.Values.Length == 0)
        {
            // As Umbraco (which queries a random key): an empty list matches nothing, and excluding it excludes nothing.
            if (filter.Operator is not (FilterOperation.IsNot or FilterOperation.DoesNotContain))
            {
                query.And(g => g.RawField(field, Guid.NewGuid().ToString("D")));
            }

            return;
        }

        var values = filter.Values;
        switch (filter.Operator)
        {
            case FilterOperation.Is:
                query.And(g => Matches(g, field, type, values), BooleanOperation.Or);
                break;
            case FilterOperation.IsNot:
                query.AndNot(g => Matches(g, field, type, values), BooleanOperation.Or);
                break;
            case FilterOperation.Contains:
                query.And(g => Contains(g, field, values), BooleanOperation.Or);
                break;
            case FilterOperation.DoesNotContain:
                query.AndNot(g => Contains(g, field, values), BooleanOperation.Or);
                break;
            default:
                ApplyRange(query, field, type, filter.Operator, values);
                break;
        }
    }

    private static SearchQuery Matches(SearchQuery group, string field, FieldType type, string[] values)
    {
        foreach (var value in values)
        {
            switch (type)
            {
                case FieldType.Number:
                    var number = ParseNumber(field, value);
                    group.RangeQuery<int>([field], number, number);
                    break;
                case FieldType.Date:
                    var date = ParseDate(field, value);
                    group.RangeQuery<DateTime>([field], date, date);
                    break;
                case FieldType.StringRaw:
                    group.RawField(field, value);
                    break;
                default:
                    group.Field(field, value);
                    break;
            }
        }

        return group;
    }

    private static SearchQuery Contains(SearchQuery group, string field, string[] values)
    {
        foreach (var value in values)
        {
            // Each word must occur inside some term of the analyzed field ("engineer" matches "Engineering").
            var words = value.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (words.Any(w => w.Length > MaxTermLength))
            {
                // No term is that long, so the value matches nothing; a wildcard that long would take minutes to compile.
                group.RawField(field, Guid.NewGuid().ToString("D"));
            }
            else if (words.Length > 0)
            {
                group.Or(inner =>
                {
                    foreach (var word in words)
                    {
                        inner.Contains(field, word);
                    }

                    return inner;
                });
            }
        }

        return group;
    }

    private void ApplyRange(SearchQuery query, string field, FieldType type, FilterOperation op, string[] values)
    {
        if (type is not (FieldType.Number or FieldType.Date))
        {
            logger.LogWarning("Range filter on {Field}, which is not a number or date field; no clause added", field);
            return;
        }

        var inclusive = op is FilterOperation.GreaterThanOrEqual or FilterOperation.LessThanOrEqual;
        var lower = op is FilterOperation.GreaterThan or FilterOperation.GreaterThanOrEqual;
        query.And(
            g =>
            {
                foreach (var value in values)
                {
                    if (type == FieldType.Number)
                    {
                        var n = ParseNumber(field, value);
                        g.RangeQuery<int>([field], lower ? n : null, lower ? null : n, inclusive, inclusive);
                    }
                    else
                    {
                        var d = ParseDate(field, value);
                        g.RangeQuery<DateTime>([field], lower ? d : null, lower ? null : d, inclusive, inclusive);
                    }
                }

                return g;
            },
            BooleanOperation.Or);
    }

    private static int ParseNumber(string field, string value) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n)
            ? n
            : throw new DeliveryApiFilterValueException($"'{value}' is not a whole number, which the '{field}' filter needs.");

    private static DateTime ParseDate(string field, string value) =>
        DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var d)
            ? d
            : throw new DeliveryApiFilterValueException($"'{value}' is not a date (use yyyy-MM-dd or ISO 8601), which the '{field}' filter needs.");
}
