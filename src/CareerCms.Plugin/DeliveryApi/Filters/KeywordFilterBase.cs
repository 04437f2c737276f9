using Umbraco.Cms.Core.DeliveryApi;

namespace CareerCms.Plugin.DeliveryApi.Filters;

/// <summary>
/// <c>{option}:{value[,value]}</c> on a keyword field, like Umbraco's <c>contentType:</c> filter: values are OR-ed,
/// a leading '!' excludes them all, matching is exact.
/// </summary>
public abstract class KeywordFilterBase : IFilterHandler
{
    /// <summary>The option prefix, colon included (e.g. <c>industry:</c>).</summary>
    protected abstract string Prefix { get; }

    /// <summary>The index field filtered on.</summary>
    protected abstract string FieldName { get; }

    /// <inheritdoc />
    public bool CanHandle(string query) => QueryOptionText.HasPrefix(query, Prefix);

    /// <inheritdoc />
    public FilterOption BuildFilterOption(string filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var (values, negated) = QueryOptionText.List(QueryOptionText.After(filter, Prefix));
        return new FilterOption
        {
            FieldName = FieldName,
            Values = MapValues(values),
            Operator = negated ? FilterOperation.IsNot : FilterOperation.Is,
        };
    }

    /// <summary>Turns the option's values into index values (unchanged by default).</summary>
    protected virtual string[] MapValues(string[] values) => values;
}

/// <summary><c>industry:{industry[,industry]}</c> — careers in any of the industries; '!' = in none of them.</summary>
public sealed class IndustryFilter : KeywordFilterBase
{
    /// <inheritdoc />
    protected override string Prefix => "industry:";

    /// <inheritdoc />
    protected override string FieldName => CareerIndexFields.Industry;
}

/// <summary><c>experienceLevel:{level[,level]}</c> — careers at any of the levels (Entry, Mid, Mid-Senior, Senior, Lead).</summary>
public sealed class ExperienceLevelFilter : KeywordFilterBase
{
    /// <inheritdoc />
    protected override string Prefix => "experienceLevel:";

    /// <inheritdoc />
    protected override string FieldName => CareerIndexFields.ExperienceLevel;
}

/// <summary><c>difficulty:{Easy|Moderate|Hard[,...]}</c> — transition paths of any of the difficulties.</summary>
public sealed class DifficultyFilter : KeywordFilterBase
{
    /// <inheritdoc />
    protected override string Prefix => "difficulty:";

    /// <inheritdoc />
    protected override string FieldName => CareerIndexFields.Difficulty;
}
