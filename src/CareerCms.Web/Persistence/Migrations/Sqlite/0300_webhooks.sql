-- Webhooks (SQLite). Names follow Umbraco's tables; dates are UTC ISO-8601 text; lists are comma-separated text.
-- umbracoWebhook: the definitions, from the Management API (source 'database') or appsettings (source 'configuration').
CREATE TABLE umbracoWebhook (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    uniqueId TEXT NOT NULL UNIQUE,
    name TEXT NULL,
    url TEXT NOT NULL,
    events TEXT NOT NULL,
    contentTypes TEXT NOT NULL,
    headers TEXT NOT NULL,
    secret TEXT NULL,
    enabled INTEGER NOT NULL,
    source TEXT NOT NULL,
    createDate TEXT NOT NULL,
    updateDate TEXT NOT NULL
);

-- umbracoWebhookRequest: the outbox. Rows are written in the content operation's own transaction and deleted once
-- delivered; a row that used up its retries stays with status 'failed'. lockedUntil/lockedBy claim a row for one node.
CREATE TABLE umbracoWebhookRequest (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    uniqueId TEXT NOT NULL UNIQUE,
    webhookKey TEXT NOT NULL REFERENCES umbracoWebhook(uniqueId) ON DELETE CASCADE,
    eventAlias TEXT NOT NULL,
    entityKey TEXT NOT NULL,
    requestBody TEXT NOT NULL,
    retryCount INTEGER NOT NULL,
    status TEXT NOT NULL,
    nextAttemptDate TEXT NOT NULL,
    lockedUntil TEXT NULL,
    lockedBy TEXT NULL,
    createDate TEXT NOT NULL
);
CREATE INDEX IX_umbracoWebhookRequest_due ON umbracoWebhookRequest (status, nextAttemptDate);
CREATE INDEX IX_umbracoWebhookRequest_webhookKey ON umbracoWebhookRequest (webhookKey);

-- umbracoWebhookLog: one row per delivery attempt (kept after the webhook is deleted, pruned by age).
CREATE TABLE umbracoWebhookLog (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    webhookKey TEXT NOT NULL,
    requestKey TEXT NOT NULL,
    eventAlias TEXT NOT NULL,
    url TEXT NOT NULL,
    retryCount INTEGER NOT NULL,
    statusCode INTEGER NULL,
    requestHeaders TEXT NOT NULL,
    requestBody TEXT NOT NULL,
    responseBody TEXT NULL,
    exceptionOccured INTEGER NOT NULL,
    date TEXT NOT NULL
);
CREATE INDEX IX_umbracoWebhookLog_webhookKey ON umbracoWebhookLog (webhookKey, id);
CREATE INDEX IX_umbracoWebhookLog_date ON umbracoWebhookLog (date);
