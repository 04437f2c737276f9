using CareerCms.Plugin.Notifications;
using CareerCms.Plugin.Ports;
using Umbraco.Cms.Core.DeliveryApi;
using Umbraco.Cms.Core.Models;
using CareerProperty = CareerCms.Plugin.Ports.CareerContentTypes.CareerProperties;
using PathProperty = CareerCms.Plugin.Ports.CareerContentTypes.PathProperties;

namespace CareerCms.Plugin.DeliveryApi.Indexing;

/// <summary>
/// Adds the careers fields to DeliveryApiContentIndex: a career's industry, experience level, salary range,
/// growth, job zone and path counts; a transition path's difficulty, background career, shortest duration and
/// engagement. Values are the published ones when the item has a published version (the draft's otherwise, for
/// preview). Path counts and engagement live outside the document, so the plugin re-indexes items when they change.
/// </summary>
public sealed class CareerIndexHandler(IPathCountReader pathCounts, IPathStartStore starts) : IContentIndexHandler
{
    /// <inheritdoc />
    public IEnumerable<IndexFieldValue> GetFieldValues(IContent content, string? culture)
    {
        ArgumentNullException.ThrowIfNull(content);
        return content.ContentType.Alias switch
        {
            CareerContentTypes.Career => CareerValues(content),
            CareerContentTypes.TransitionPath => PathValues(content),
            _ => [],
        };
    }

    /// <inheritdoc />
    public IEnumerable<IndexField> GetFields() =>
    [
        Keyword(CareerIndexFields.Industry),
        Keyword(CareerIndexFields.ExperienceLevel),
        Keyword(CareerIndexFields.Difficulty),
        Keyword(CareerIndexFields.FromCareer),
        Number(CareerIndexFields.SalaryMin),
        Number(CareerIndexFields.SalaryMax),
        Number(CareerIndexFields.GrowthRate),
        Number(CareerIndexFields.JobZone),
        Number(CareerIndexFields.PathCount),
        Number(CareerIndexFields.OutgoingPathCount),
        Number(CareerIndexFields.DurationMinMonths),
        Number(CareerIndexFields.Engagement),
    ];

    private IEnumerable<IndexFieldValue> CareerValues(IContent content)
    {
        var counts = pathCounts.Counts.ForCareer(content.Key) ?? default;
        return
        [
            .. Text(CareerIndexFields.Industry, StoredValues.Single(Value(content, CareerProperty.Industry))),
            .. Text(CareerIndexFields.ExperienceLevel, StoredValues.Single(Value(content, CareerProperty.ExperienceLevel))),
            .. Whole(CareerIndexFields.SalaryMin, StoredValues.Integer(Value(content, CareerProperty.SalaryMin))),
            .. Whole(CareerIndexFields.SalaryMax, StoredValues.Integer(Value(content, CareerProperty.SalaryMax))),
            .. Whole(CareerIndexFields.GrowthRate, StoredValues.Integer(Value(content, CareerProperty.GrowthRate))),
            .. Whole(CareerIndexFields.JobZone, StoredValues.Integer(Value(content, CareerProperty.JobZone))),
            .. Whole(CareerIndexFields.PathCount, counts.IncomingTotal),
            .. Whole(CareerIndexFields.OutgoingPathCount, counts.Outgoing),
        ];
    }

    private IEnumerable<IndexFieldValue> PathValues(IContent content)
    {
        var baseline = Math.Max(0, StoredValues.Integer(Value(content, PathProperty.EngagementBaseline)) ?? 0);
        var engagement = baseline + starts.GetCount(content.Key);
        return
        [
            .. Text(CareerIndexFields.Difficulty, StoredValues.Single(Value(content, PathProperty.Difficulty))),
            .. Text(CareerIndexFields.FromCareer, StoredValues.DocumentKey(Value(content, PathProperty.FromCareer))?.ToString("D")),
            .. Whole(CareerIndexFields.DurationMinMonths, StoredValues.Integer(Value(content, PathProperty.DurationMinMonths))),
            .. Whole(CareerIndexFields.Engagement, (int)Math.Min(int.MaxValue, engagement)),
        ];
    }

    /// <summary>The published value when there is a published version, else the draft's (a preview-only item).</summary>
    private static object? Value(IContent content, string alias) => content.GetValue(alias, published: content.Published);

    private static IEnumerable<IndexFieldValue> Text(string field, string? value) =>
        string.IsNullOrEmpty(value) ? [] : [new IndexFieldValue { FieldName = field, Values = [value] }];

    private static IEnumerable<IndexFieldValue> Whole(string field, int? value) =>
        value is { } number ? [new IndexFieldValue { FieldName = field, Values = [number] }] : [];

    private static IndexField Keyword(string name) => new() { FieldName = name, FieldType = FieldType.StringRaw, VariesByCulture = false };

    private static IndexField Number(string name) => new() { FieldName = name, FieldType = FieldType.Number, VariesByCulture = false };
}
