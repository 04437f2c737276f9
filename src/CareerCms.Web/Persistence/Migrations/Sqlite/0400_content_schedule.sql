-- Scheduled publishing (SQLite). Umbraco's table name: one row per document, culture ('' = invariant) and action
-- ('Release' = publish at, 'Expire' = unpublish at); dates are UTC ISO-8601 text. The scheduler deletes a row in the
-- same transaction that publishes or unpublishes the document, so a schedule runs once even with several nodes on
-- one database; rows go with their document (cascade).
CREATE TABLE umbracoContentSchedule (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    uniqueId TEXT NOT NULL UNIQUE,
    nodeId INTEGER NOT NULL REFERENCES umbracoNode(id) ON DELETE CASCADE,
    culture TEXT NOT NULL,
    action TEXT NOT NULL,
    date TEXT NOT NULL,
    userId INTEGER NOT NULL,
    createDate TEXT NOT NULL,
    UNIQUE (nodeId, culture, action)
);
CREATE INDEX IX_umbracoContentSchedule_date ON umbracoContentSchedule (date);
