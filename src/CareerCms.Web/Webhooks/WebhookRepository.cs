using System.Data.Common;
using System.Text.Json;
using CareerCms.Web.Persistence;
using Dapper;

namespace CareerCms.Web.Webhooks;

/// <summary>Webhook definitions, the delivery outbox and the delivery log: explicit SQL over Dapper, both dialects.</summary>
public sealed class WebhookRepository
{
    private const string SelectWebhook =
        "SELECT uniqueId, name, url, events, contentTypes, headers, secret, enabled, source, createDate, updateDate FROM umbracoWebhook";

    private const string SelectRequest =
        "SELECT id, uniqueId, webhookKey, eventAlias, entityKey, requestBody, retryCount, status, nextAttemptDate, createDate FROM umbracoWebhookRequest";

    /// <summary>Every webhook, by name then URL.</summary>
    public async Task<IReadOnlyList<Webhook>> GetAllAsync(DbConnection connection, DbTransaction? transaction = null)
    {
        var rows = await connection.QueryAsync<WebhookRow>(SelectWebhook + " ORDER BY name, url", transaction: transaction).ConfigureAwait(false);
        return rows.Select(Map).ToArray();
    }

    /// <summary>A webhook by key.</summary>
    public async Task<Webhook?> GetAsync(DbConnection connection, Guid key, DbTransaction? transaction = null)
    {
        var row = await connection.QuerySingleOrDefaultAsync<WebhookRow>(
            SelectWebhook + " WHERE uniqueId = @key", new { key = key.ToString("D") }, transaction).ConfigureAwait(false);
        return row is null ? null : Map(row);
    }

    /// <summary>Inserts or replaces a webhook (by key).</summary>
    public Task SaveAsync(DbConnection connection, Webhook webhook, DbTransaction transaction) =>
        connection.ExecuteAsync(
            """
            INSERT INTO umbracoWebhook (uniqueId, name, url, events, contentTypes, headers, secret, enabled, source, createDate, updateDate)
            VALUES (@uniqueId, @name, @url, @events, @contentTypes, @headers, @secret, @enabled, @source, @createDate, @updateDate)
            ON CONFLICT (uniqueId) DO UPDATE SET name = excluded.name, url = excluded.url, events = excluded.events,
                contentTypes = excluded.contentTypes, headers = excluded.headers, secret = excluded.secret,
                enabled = excluded.enabled, source = excluded.source, updateDate = excluded.updateDate
            """,
            new
            {
                uniqueId = webhook.Key.ToString("D"),
                name = webhook.Name,
                url = webhook.Url,
                events = string.Join(',', webhook.Events),
                contentTypes = string.Join(',', webhook.ContentTypes),
                headers = JsonSerializer.Serialize(webhook.Headers),
                secret = webhook.Secret,
                enabled = webhook.Enabled,
                source = SourceName(webhook.Source),
                createDate = DbDate.Write(webhook.CreateDate),
                updateDate = DbDate.Write(webhook.UpdateDate),
            },
            transaction);

    /// <summary>Deletes a webhook and its queued deliveries (its log stays).</summary>
    public Task<int> DeleteAsync(DbConnection connection, Guid key, DbTransaction transaction) =>
        connection.ExecuteAsync("DELETE FROM umbracoWebhook WHERE uniqueId = @key", new { key = key.ToString("D") }, transaction);

    /// <summary>Queues deliveries.</summary>
    public async Task EnqueueAsync(DbConnection connection, IEnumerable<WebhookRequest> requests, DbTransaction transaction)
    {
        foreach (var request in requests)
        {
            await connection.ExecuteAsync(
                """
                INSERT INTO umbracoWebhookRequest (uniqueId, webhookKey, eventAlias, entityKey, requestBody, retryCount, status, nextAttemptDate, createDate)
                VALUES (@uniqueId, @webhookKey, @eventAlias, @entityKey, @requestBody, @retryCount, @status, @nextAttemptDate, @createDate)
                """,
                new
                {
                    uniqueId = request.Key.ToString("D"),
                    webhookKey = request.WebhookKey.ToString("D"),
                    eventAlias = request.EventAlias,
                    entityKey = request.EntityKey.ToString("D"),
                    requestBody = request.RequestBody,
                    retryCount = request.RetryCount,
                    status = request.Status,
                    nextAttemptDate = DbDate.Write(request.NextAttemptDate),
                    createDate = DbDate.Write(request.CreateDate),
                },
                transaction).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Claims up to <paramref name="take"/> due pending deliveries for <paramref name="owner"/> until
    /// <paramref name="lockedUntil"/>; a row claimed by another node (and not expired) is skipped, so each delivery
    /// is attempted by one node at a time.
    /// </summary>
    public async Task<IReadOnlyList<WebhookRequest>> ClaimDueAsync(
        DbConnection connection, DateTime now, DateTime lockedUntil, string owner, int take, DbTransaction transaction)
    {
        var rows = await connection.QueryAsync<RequestRow>(
            """
            UPDATE umbracoWebhookRequest SET lockedUntil = @lockedUntil, lockedBy = @owner
            WHERE id IN (
                SELECT id FROM umbracoWebhookRequest
                WHERE status = 'pending' AND nextAttemptDate <= @now AND (lockedUntil IS NULL OR lockedUntil < @now)
                ORDER BY nextAttemptDate, id LIMIT @take)
              AND (lockedUntil IS NULL OR lockedUntil < @now)
            RETURNING id, uniqueId, webhookKey, eventAlias, entityKey, requestBody, retryCount, status, nextAttemptDate, createDate
            """,
            new { now = DbDate.Write(now), lockedUntil = DbDate.Write(lockedUntil), owner, take },
            transaction).ConfigureAwait(false);
        return rows.Select(Map).OrderBy(r => r.NextAttemptDate).ThenBy(r => r.Id).ToArray();
    }

    /// <summary>Removes a delivered request.</summary>
    public Task DeleteRequestAsync(DbConnection connection, int id, DbTransaction transaction) =>
        connection.ExecuteAsync("DELETE FROM umbracoWebhookRequest WHERE id = @id", new { id }, transaction);

    /// <summary>Records a failed attempt: the next attempt time, or the failed status; releases the claim.</summary>
    public Task RescheduleAsync(DbConnection connection, int id, int retryCount, string status, DateTime nextAttemptDate, DbTransaction transaction) =>
        connection.ExecuteAsync(
            """
            UPDATE umbracoWebhookRequest SET retryCount = @retryCount, status = @status, nextAttemptDate = @next, lockedUntil = NULL, lockedBy = NULL
            WHERE id = @id
            """,
            new { id, retryCount, status, next = DbDate.Write(nextAttemptDate) },
            transaction);

    /// <summary>Queued or failed deliveries, oldest first.</summary>
    public async Task<IReadOnlyList<WebhookRequest>> GetRequestsAsync(DbConnection connection, Guid? webhookKey, int skip, int take)
    {
        var rows = await connection.QueryAsync<RequestRow>(
            SelectRequest + (webhookKey is null ? "" : " WHERE webhookKey = @webhookKey") + " ORDER BY id LIMIT @take OFFSET @skip",
            new { webhookKey = webhookKey?.ToString("D"), skip, take }).ConfigureAwait(false);
        return rows.Select(Map).ToArray();
    }

    /// <summary>Appends an attempt to the log.</summary>
    public Task AddLogAsync(DbConnection connection, WebhookLogEntry entry, DbTransaction transaction) =>
        connection.ExecuteAsync(
            """
            INSERT INTO umbracoWebhookLog (webhookKey, requestKey, eventAlias, url, retryCount, statusCode, requestHeaders, requestBody, responseBody, exceptionOccured, date)
            VALUES (@webhookKey, @requestKey, @eventAlias, @url, @retryCount, @statusCode, @requestHeaders, @requestBody, @responseBody, @exceptionOccured, @date)
            """,
            new
            {
                webhookKey = entry.WebhookKey.ToString("D"),
                requestKey = entry.RequestKey.ToString("D"),
                eventAlias = entry.EventAlias,
                url = entry.Url,
                retryCount = entry.RetryCount,
                statusCode = entry.StatusCode,
                requestHeaders = entry.RequestHeaders,
                requestBody = entry.RequestBody,
                responseBody = entry.ResponseBody,
                exceptionOccured = entry.ExceptionOccured,
                date = DbDate.Write(entry.Date),
            },
            transaction);

    /// <summary>Log entries, newest first, with the total count.</summary>
    public async Task<(IReadOnlyList<WebhookLogEntry> Items, long Total)> GetLogsAsync(DbConnection connection, Guid? webhookKey, int skip, int take)
    {
        var filter = new { webhookKey = webhookKey?.ToString("D"), skip, take };
        var where = webhookKey is null ? "" : " WHERE webhookKey = @webhookKey";
        var total = await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM umbracoWebhookLog" + where, filter).ConfigureAwait(false);
        var rows = await connection.QueryAsync<LogRow>(
            """
            SELECT id, webhookKey, requestKey, eventAlias, url, retryCount, statusCode, requestHeaders, requestBody, responseBody, exceptionOccured, date
            FROM umbracoWebhookLog
            """ + where + " ORDER BY id DESC LIMIT @take OFFSET @skip",
            filter).ConfigureAwait(false);
        return (rows.Select(Map).ToArray(), total);
    }

    /// <summary>Deletes log entries older than a point in time.</summary>
    public Task<int> PruneLogsAsync(DbConnection connection, DateTime olderThan, DbTransaction transaction) =>
        connection.ExecuteAsync("DELETE FROM umbracoWebhookLog WHERE date < @cutoff", new { cutoff = DbDate.Write(olderThan) }, transaction);

    private static string SourceName(WebhookSource source) => source == WebhookSource.Configuration ? "configuration" : "database";

    private static string[] SplitList(string value) => value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static Webhook Map(WebhookRow row) => new()
    {
        Key = Guid.Parse(row.UniqueId),
        Name = row.Name,
        Url = row.Url,
        Events = SplitList(row.Events),
        ContentTypes = SplitList(row.ContentTypes),
        Headers = JsonSerializer.Deserialize<Dictionary<string, string>>(row.Headers) ?? [],
        Secret = row.Secret,
        Enabled = row.Enabled,
        Source = row.Source == "configuration" ? WebhookSource.Configuration : WebhookSource.Database,
        CreateDate = DbDate.Read(row.CreateDate),
        UpdateDate = DbDate.Read(row.UpdateDate),
    };

    private static WebhookRequest Map(RequestRow row) => new(
        row.Id, Guid.Parse(row.UniqueId), Guid.Parse(row.WebhookKey), row.EventAlias, Guid.Parse(row.EntityKey), row.RequestBody,
        row.RetryCount, row.Status, DbDate.Read(row.NextAttemptDate), DbDate.Read(row.CreateDate));

    private static WebhookLogEntry Map(LogRow row) => new(
        row.Id, Guid.Parse(row.WebhookKey), Guid.Parse(row.RequestKey), row.EventAlias, row.Url, row.RetryCount, row.StatusCode,
        row.RequestHeaders, row.RequestBody, row.ResponseBody, row.ExceptionOccured, DbDate.Read(row.Date));

    private sealed class WebhookRow
    {
        public string UniqueId { get; set; } = "";
        public string? Name { get; set; }
        public string Url { get; set; } = "";
        public string Events { get; set; } = "";
        public string ContentTypes { get; set; } = "";
        public string Headers { get; set; } = "{}";
        public string? Secret { get; set; }
        public bool Enabled { get; set; }
        public string Source { get; set; } = "";
        public string CreateDate { get; set; } = "";
        public string UpdateDate { get; set; } = "";
    }

    private sealed class RequestRow
    {
        public int Id { get; set; }
        public string UniqueId { get; set; } = "";
        public string WebhookKey { get; set; } = "";
        public string EventAlias { get; set; } = "";
        public string EntityKey { get; set; } = "";
        public string RequestBody { get; set; } = "";
        public int RetryCount { get; set; }
        public string Status { get; set; } = "";
        public string NextAttemptDate { get; set; } = "";
        public string CreateDate { get; set; } = "";
    }

    private sealed class LogRow
    {
        public int Id { get; set; }
        public string WebhookKey { get; set; } = "";
        public string RequestKey { get; set; } = "";
        public string EventAlias { get; set; } = "";
        public string Url { get; set; } = "";
        public int RetryCount { get; set; }
        public int? StatusCode { get; set; }
        public string RequestHeaders { get; set; } = "";
        public string RequestBody { get; set; } = "";
        public string? ResponseBody { get; set; }
        public bool ExceptionOccured { get; set; }
        public string Date { get; set; } = "";
    }
}
