using CareerCms.Plugin.Ports;

namespace CareerCms.Plugin.DeliveryApi.Filters;

/// <summary>
/// <c>fromCareer:{id|path[,id|path]}</c> — transition paths starting from any of the careers; '!' = from none of
/// them. Paths resolve like the built-in selectors' (Start-Item, hidden top level); a value that names nothing is
/// dropped, so a filter naming nothing known matches nothing (and '!' of it excludes nothing).
/// </summary>
public sealed class FromCareerFilter(IContentKeyResolver keys) : KeywordFilterBase
{
    /// <inheritdoc />
    protected override string Prefix => "fromCareer:";

    /// <inheritdoc />
    protected override string FieldName => CareerIndexFields.FromCareer;

    /// <inheritdoc />
    protected override string[] MapValues(string[] values) =>
        [.. values.Select(keys.ResolveKey).OfType<Guid>().Distinct().Select(key => key.ToString("D"))];
}
