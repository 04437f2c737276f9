using System.Security.Cryptography;
using System.Text;
using CareerCms.Web.Composition;
using CareerCms.Web.Persistence;
using Microsoft.Extensions.Options;

namespace CareerCms.Web.Webhooks;

/// <summary>
/// At start, makes the <c>umbracoWebhook</c> rows of source "configuration" match <c>CareerCms:Webhooks:Definitions</c>:
/// adds and updates them (by key) and removes those no longer configured. Runs after the uSync first-boot import,
/// so seeding a new site does not fire a delivery per imported item.
/// </summary>
internal sealed class WebhookConfigurationStep(
    DatabaseScopeProvider scopes,
    WebhookRepository repository,
    IOptions<WebhookOptions> options,
    TimeProvider clock) : IStartupStep
{
    /// <inheritdoc />
    public int Order => 150;

    /// <summary>The key of a configured webhook: its own, else one derived from its URL (stable across restarts).</summary>
    public static Guid KeyOf(ConfiguredWebhook webhook)
    {
        ArgumentNullException.ThrowIfNull(webhook);
        return webhook.Key ?? new Guid(SHA256.HashData(Encoding.UTF8.GetBytes("careercms-webhook:" + webhook.Url)).AsSpan(0, 16));
    }

    /// <inheritdoc />
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var scope = await scopes.CreateScopeAsync(cancellationToken).ConfigureAwait(false);
        var existing = (await repository.GetAllAsync(scope.Connection, scope.Transaction).ConfigureAwait(false)).ToDictionary(w => w.Key);
        var configured = new HashSet<Guid>();
        foreach (var definition in options.Value.Definitions)
        {
            var key = KeyOf(definition);
            configured.Add(key);
            await repository.SaveAsync(scope.Connection, new Webhook
            {
                Key = key,
                Name = definition.Name,
                Url = definition.Url,
                Events = definition.Events,
                ContentTypes = definition.ContentTypes,
                Headers = definition.Headers,
                Secret = string.IsNullOrEmpty(definition.Secret) ? null : definition.Secret,
                Enabled = definition.Enabled,
                Source = WebhookSource.Configuration,
                CreateDate = existing.TryGetValue(key, out var before) ? before.CreateDate : now,
                UpdateDate = now,
            }, scope.Transaction).ConfigureAwait(false);
        }

        foreach (var stale in existing.Values.Where(w => w.Source == WebhookSource.Configuration && !configured.Contains(w.Key)))
        {
            await repository.DeleteAsync(scope.Connection, stale.Key, scope.Transaction).ConfigureAwait(false);
        }

        scope.Complete();
    }
}
