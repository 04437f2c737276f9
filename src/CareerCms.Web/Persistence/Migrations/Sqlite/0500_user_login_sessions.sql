-- Backoffice sign-in sessions. Umbraco's table name: one row per sign-in; the session id travels in the auth cookie
-- and is checked on every request, so signing out (loggedOutUtc set) ends that session on every node at once, even
-- for a cookie captured earlier. Rows go with their user (cascade). Dates are UTC ISO-8601 text.
CREATE TABLE umbracoUserLogin (
    sessionId TEXT NOT NULL PRIMARY KEY,
    userId INTEGER NOT NULL REFERENCES umbracoUser(id) ON DELETE CASCADE,
    loggedInUtc TEXT NOT NULL,
    lastValidatedUtc TEXT NOT NULL,
    loggedOutUtc TEXT NULL,
    ipAddress TEXT NULL
);
CREATE INDEX IX_umbracoUserLogin_userId ON umbracoUserLogin (userId);
