namespace CareerCms.Plugin.Ports;

/// <summary>
/// Re-indexes documents in the Delivery API content index (DeliveryApiContentIndex) on this node, so fields that
/// depend on data outside the document (path counts, engagement) show their new values. Implemented by the host.
/// </summary>
public interface IContentReindexer
{
    /// <summary>Re-indexes the documents with these keys; unknown keys are skipped. Returns when the changes are searchable.</summary>
    Task ReindexAsync(IReadOnlyCollection<Guid> keys, CancellationToken cancellationToken);
}
