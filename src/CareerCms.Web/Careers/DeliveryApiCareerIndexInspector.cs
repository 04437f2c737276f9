using System.Globalization;
using CareerCms.Plugin.DeliveryApi;
using CareerCms.Plugin.Ports;
using CareerCms.Web.DeliveryApi.Indexing;

namespace CareerCms.Web.Careers;

/// <summary>
/// The host's <see cref="ICareerIndexInspector"/>: two queries on DeliveryApiContentIndex (careers, paths) reading the
/// stored computed fields of every hit. Null while the index is not there (the Delivery API left out, or not built).
/// </summary>
public sealed class DeliveryApiCareerIndexInspector(IServiceProvider services) : ICareerIndexInspector
{
    /// <inheritdoc />
    public Task<IReadOnlyDictionary<Guid, IndexedCareerValues>?> ReadAsync(CancellationToken cancellationToken)
    {
        // Resolved per call: the Delivery API is a host feature a site may leave out.
        if (services.GetService<IndexRegistryAccessor>()?.DeliveryApi is not { } index)
        {
            return Task.FromResult<IReadOnlyDictionary<Guid, IndexedCareerValues>?>(null);
        }

        var take = (int)Math.Max(1, index.GetDocumentCount());
        var values = new Dictionary<Guid, IndexedCareerValues>();
        foreach (var type in new[] { CareerContentTypes.Career, CareerContentTypes.TransitionPath })
        {
            cancellationToken.ThrowIfCancellationRequested();
            var hits = index.Searcher.CreateQuery()
                .RawField(DeliveryApiIndexFieldNames.ContentType, type)
                .SelectFields(CareerIndexFields.ItemId, CareerIndexFields.PathCount, CareerIndexFields.OutgoingPathCount, CareerIndexFields.Engagement)
                .Execute(0, take);
            foreach (var hit in hits.Items)
            {
                if (Guid.TryParse(hit.GetValue(CareerIndexFields.ItemId), out var key))
                {
                    values[key] = new IndexedCareerValues(
                        Number(hit.GetValue(CareerIndexFields.PathCount)),
                        Number(hit.GetValue(CareerIndexFields.OutgoingPathCount)),
                        Number(hit.GetValue(CareerIndexFields.Engagement)));
                }
            }
        }

        return Task.FromResult<IReadOnlyDictionary<Guid, IndexedCareerValues>?>(values);
    }

    private static int? Number(string? text) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number : null;
}
