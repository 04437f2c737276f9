using CareerCms.Web.Persistence;
using Microsoft.Extensions.Options;

namespace CareerCms.Web.Webhooks;

/// <summary>What a webhook management operation came to.</summary>
public enum WebhookOperationStatus
{
    /// <summary>Done.</summary>
    Success,

    /// <summary>No webhook has the key.</summary>
    NotFound,

    /// <summary>The URL is not an absolute http(s) URL to a public address.</summary>
    InvalidUrl,

    /// <summary>A header name that is not an HTTP token, or a value with control characters.</summary>
    InvalidHeaders,

    /// <summary>No event, or an event CareerCms does not fire.</summary>
    InvalidEvents,

    /// <summary>The webhook comes from configuration; change it there.</summary>
    ReadOnly,
}

/// <summary>A webhook as the Management API creates or replaces it.</summary>
public sealed record WebhookSaveModel(
    string? Name,
    string Url,
    IReadOnlyList<string> Events,
    IReadOnlyList<string>? ContentTypes,
    IReadOnlyDictionary<string, string>? Headers,
    string? Secret,
    bool Enabled = true);

/// <summary>An operation's outcome.</summary>
public sealed record WebhookOperationResult(WebhookOperationStatus Status, Webhook? Webhook = null, string? Detail = null);

/// <summary>Webhook definitions, queued deliveries and the delivery log for the Management API.</summary>
public sealed class WebhookService(DatabaseScopeProvider scopes, WebhookRepository repository, IOptionsMonitor<WebhookOptions> options, TimeProvider clock)
{
    /// <summary>Every webhook.</summary>
    public async Task<IReadOnlyList<Webhook>> GetAllAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await scopes.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await repository.GetAllAsync(connection).ConfigureAwait(false);
    }

    /// <summary>A webhook by key, or null.</summary>
    public async Task<Webhook?> GetAsync(Guid key, CancellationToken cancellationToken = default)
    {
        await using var connection = await scopes.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await repository.GetAsync(connection, key).ConfigureAwait(false);
    }

    /// <summary>Creates a webhook (source "database").</summary>
    public async Task<WebhookOperationResult> CreateAsync(WebhookSaveModel model, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        if ((WebhookValidation.Check(model.Url, model.Events, options.CurrentValue.AllowedHosts) ?? WebhookValidation.CheckHeaders(model.Headers)) is { } problem)
        {
            return new WebhookOperationResult(problem.Status, Detail: problem.Detail);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var webhook = ToWebhook(Guid.NewGuid(), model, now, now);
        await using var scope = await scopes.CreateScopeAsync(cancellationToken).ConfigureAwait(false);
        await repository.SaveAsync(scope.Connection, webhook, scope.Transaction).ConfigureAwait(false);
        scope.Complete();
        return new WebhookOperationResult(WebhookOperationStatus.Success, webhook);
    }

    /// <summary>Replaces a database webhook; a null secret keeps the current one, an empty one removes it.</summary>
    public async Task<WebhookOperationResult> UpdateAsync(Guid key, WebhookSaveModel model, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        if ((WebhookValidation.Check(model.Url, model.Events, options.CurrentValue.AllowedHosts) ?? WebhookValidation.CheckHeaders(model.Headers)) is { } problem)
        {
            return new WebhookOperationResult(problem.Status, Detail: problem.Detail);
        }

        await using var scope = await scopes.CreateScopeAsync(cancellationToken).ConfigureAwait(false);
        var existing = await repository.GetAsync(scope.Connection, key, scope.Transaction).ConfigureAwait(false);
        if (existing is null || existing.Source == WebhookSource.Configuration)
        {
            return new WebhookOperationResult(existing is null ? WebhookOperationStatus.NotFound : WebhookOperationStatus.ReadOnly, existing);
        }

        var webhook = ToWebhook(key, model with { Secret = model.Secret ?? existing.Secret }, existing.CreateDate, clock.GetUtcNow().UtcDateTime);
        await repository.SaveAsync(scope.Connection, webhook, scope.Transaction).ConfigureAwait(false);
        scope.Complete();
        return new WebhookOperationResult(WebhookOperationStatus.Success, webhook);
    }

    /// <summary>Deletes a database webhook and its queued deliveries.</summary>
    public async Task<WebhookOperationResult> DeleteAsync(Guid key, CancellationToken cancellationToken = default)
    {
        await using var scope = await scopes.CreateScopeAsync(cancellationToken).ConfigureAwait(false);
        var existing = await repository.GetAsync(scope.Connection, key, scope.Transaction).ConfigureAwait(false);
        if (existing is null || existing.Source == WebhookSource.Configuration)
        {
            return new WebhookOperationResult(existing is null ? WebhookOperationStatus.NotFound : WebhookOperationStatus.ReadOnly, existing);
        }

        await repository.DeleteAsync(scope.Connection, key, scope.Transaction).ConfigureAwait(false);
        scope.Complete();
        return new WebhookOperationResult(WebhookOperationStatus.Success, existing);
    }

    /// <summary>Delivery attempts, newest first (one webhook's, or all).</summary>
    public async Task<(IReadOnlyList<WebhookLogEntry> Items, long Total)> GetLogsAsync(Guid? webhookKey, int skip, int take, CancellationToken cancellationToken = default)
    {
        await using var connection = await scopes.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await repository.GetLogsAsync(connection, webhookKey, skip, take).ConfigureAwait(false);
    }

    /// <summary>Queued (pending) and given-up (failed) deliveries, oldest first.</summary>
    public async Task<IReadOnlyList<WebhookRequest>> GetRequestsAsync(Guid? webhookKey, int skip, int take, CancellationToken cancellationToken = default)
    {
        await using var connection = await scopes.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await repository.GetRequestsAsync(connection, webhookKey, skip, take).ConfigureAwait(false);
    }

    private static Webhook ToWebhook(Guid key, WebhookSaveModel model, DateTime created, DateTime updated) => new()
    {
        Key = key,
        Name = model.Name,
        Url = model.Url,
        Events = model.Events,
        ContentTypes = model.ContentTypes ?? [],
        Headers = model.Headers ?? new Dictionary<string, string>(),
        Secret = string.IsNullOrEmpty(model.Secret) ? null : model.Secret,
        Enabled = model.Enabled,
        Source = WebhookSource.Database,
        CreateDate = created,
        UpdateDate = updated,
    };
}
