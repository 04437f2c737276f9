using System.Text.Json;

namespace CareerCms.Web.Backoffice.Management;

/// <summary>A reference by key, as Umbraco's Management API writes references (<c>{"id": "..."}</c>).</summary>
public sealed record ReferenceById(Guid Id);

/// <summary>A page of items.</summary>
public sealed record PagedResponse<T>(long Total, IReadOnlyList<T> Items);

/// <summary>A document type as documents and tree items refer to it.</summary>
public sealed record DocumentTypeReference(Guid Id, string Alias, string Name, string Icon, bool IsElement);

/// <summary>A document's invariant variant (CareerCms content does not vary by culture).</summary>
/// <param name="State">Umbraco's DocumentVariantState: Draft, Published or PublishedPendingChanges.</param>
/// <param name="ScheduledPublishDate">When the scheduler will publish it (UTC), as Umbraco 16+ reports it.</param>
/// <param name="ScheduledUnpublishDate">When the scheduler will unpublish it (UTC).</param>
public sealed record DocumentVariantResponse(
    string? Culture,
    string? Segment,
    string Name,
    string State,
    DateTime CreateDate,
    DateTime UpdateDate,
    DateTime? PublishDate,
    DateTime? ScheduledPublishDate = null,
    DateTime? ScheduledUnpublishDate = null);

/// <summary>A property value as stored (raw string), with its editor.</summary>
public sealed record DocumentValueResponse(string Alias, string? Culture, string? Segment, string? Value, string EditorAlias);

/// <summary>An ancestor for breadcrumbs.</summary>
public sealed record BreadcrumbItem(Guid Id, string Name);

/// <summary>GET document/{id}.</summary>
/// <param name="DraftVersionId">Send back as <c>expectedDraftVersionId</c> when saving (optimistic concurrency).</param>
public sealed record DocumentResponse(
    Guid Id,
    DocumentTypeReference DocumentType,
    ReferenceById? Parent,
    bool IsTrashed,
    IReadOnlyList<DocumentVariantResponse> Variants,
    IReadOnlyList<DocumentValueResponse> Values,
    int DraftVersionId,
    int? PublishedVersionId,
    int ChildCount,
    IReadOnlyList<BreadcrumbItem> Ancestors,
    string UrlSegment);

/// <summary>A value sent by the UI: a string (stored as is), null, or any JSON (stored as its JSON text).</summary>
public sealed record DocumentValueRequest(string Alias, JsonElement? Value);

/// <summary>The node name.</summary>
public sealed record DocumentVariantRequest(string? Name);

/// <summary>POST document.</summary>
public sealed record CreateDocumentRequest(
    Guid? Id, ReferenceById? Parent, ReferenceById DocumentType, IReadOnlyList<DocumentValueRequest>? Values, IReadOnlyList<DocumentVariantRequest>? Variants);

/// <summary>PUT document/{id}; <paramref name="ExpectedDraftVersionId"/> refuses a save based on an outdated draft (409).</summary>
public sealed record UpdateDocumentRequest(IReadOnlyList<DocumentValueRequest>? Values, IReadOnlyList<DocumentVariantRequest>? Variants, int? ExpectedDraftVersionId);

/// <summary>A tree or collection item.</summary>
public sealed record DocumentTreeItemResponse(
    Guid Id,
    ReferenceById? Parent,
    bool HasChildren,
    int ChildCount,
    bool IsTrashed,
    bool NoAccess,
    DocumentTypeReference DocumentType,
    IReadOnlyList<DocumentVariantResponse> Variants,
    int SortOrder,
    string? Updater);

/// <summary>PUT document/{id}/move, PUT recycle-bin/document/{id}/restore: the new parent (null = root / original parent).</summary>
public sealed record MoveDocumentRequest(ReferenceById? Target);

/// <summary>POST document/{id}/copy.</summary>
public sealed record CopyDocumentRequest(ReferenceById? Target, bool IncludeDescendants = false, bool RelateToOriginal = false);

/// <summary>One child's new position.</summary>
public sealed record SortingItem(Guid Id, int SortOrder);

/// <summary>PUT document/sort.</summary>
public sealed record SortDocumentRequest(ReferenceById? Parent, IReadOnlyList<SortingItem> Sorting);

/// <summary>
/// PUT document/{id}/publish (Umbraco's PublishDocumentRequestModel): an entry without a schedule publishes now; an
/// entry with one sets (a date) or clears (null) the publish and unpublish dates. No body publishes now.
/// </summary>
public sealed record PublishDocumentRequest(IReadOnlyList<CultureAndScheduleRequest>? PublishSchedules);

/// <summary>A culture (null = invariant, the only one CareerCms content has) and its schedule (null = publish now).</summary>
public sealed record CultureAndScheduleRequest(string? Culture, ScheduleRequest? Schedule);

/// <summary>When to publish and unpublish; null clears that date.</summary>
public sealed record ScheduleRequest(DateTimeOffset? PublishTime, DateTimeOffset? UnpublishTime);

/// <summary>PUT document/{id}/publish-with-descendants.</summary>
public sealed record PublishWithDescendantsRequest(bool IncludeUnpublishedDescendants = false);

/// <summary>A version in the Info view and rollback dialog.</summary>
public sealed record DocumentVersionItemResponse(
    int Id, ReferenceById Document, BreadcrumbItem User, DateTime VersionDate, bool IsCurrentDraftVersion, bool IsCurrentPublishedVersion, string Name);

/// <summary>GET document-version/{id}: a version's name and values (for the rollback diff).</summary>
public sealed record DocumentVersionResponse(
    int Id, ReferenceById Document, DocumentTypeReference DocumentType, BreadcrumbItem User, DateTime VersionDate, string Name, IReadOnlyList<DocumentValueResponse> Values);

/// <summary>An audit-log (history) entry.</summary>
public sealed record AuditLogResponse(BreadcrumbItem User, DateTime Timestamp, string LogType, string? Comment);
