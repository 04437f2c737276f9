-- CareerCms schema v1 (SQLite). Table names follow Umbraco's where Umbraco has one; dates are UTC ISO-8601 text.
CREATE TABLE cmsDataType (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    uniqueId TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    editorAlias TEXT NOT NULL,
    editorUiAlias TEXT NULL,
    folder TEXT NULL,
    config TEXT NOT NULL,
    createDate TEXT NOT NULL,
    updateDate TEXT NOT NULL
);

CREATE TABLE cmsContentType (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    uniqueId TEXT NOT NULL UNIQUE,
    alias TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    isElement INTEGER NOT NULL,
    definition TEXT NOT NULL,
    createDate TEXT NOT NULL,
    updateDate TEXT NOT NULL
);

CREATE TABLE umbracoNode (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    uniqueId TEXT NOT NULL UNIQUE,
    parentId INTEGER NOT NULL,
    level INTEGER NOT NULL,
    path TEXT NOT NULL,
    sortOrder INTEGER NOT NULL,
    trashed INTEGER NOT NULL,
    originalParentId INTEGER NULL,
    contentTypeId INTEGER NOT NULL REFERENCES cmsContentType(id),
    name TEXT NOT NULL,
    urlSegment TEXT NOT NULL,
    createDate TEXT NOT NULL,
    updateDate TEXT NOT NULL,
    creatorId INTEGER NOT NULL,
    writerId INTEGER NOT NULL,
    published INTEGER NOT NULL,
    edited INTEGER NOT NULL,
    draftVersionId INTEGER NULL,
    publishedVersionId INTEGER NULL,
    publishDate TEXT NULL,
    publisherId INTEGER NULL
);
CREATE INDEX IX_umbracoNode_parentId ON umbracoNode (parentId, sortOrder);
CREATE INDEX IX_umbracoNode_path ON umbracoNode (path);
CREATE INDEX IX_umbracoNode_contentTypeId ON umbracoNode (contentTypeId);

CREATE TABLE umbracoContentVersion (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    nodeId INTEGER NOT NULL REFERENCES umbracoNode(id) ON DELETE CASCADE,
    versionDate TEXT NOT NULL,
    userId INTEGER NOT NULL,
    name TEXT NOT NULL,
    urlSegment TEXT NOT NULL,
    propertyData TEXT NOT NULL
);
CREATE INDEX IX_umbracoContentVersion_nodeId ON umbracoContentVersion (nodeId, id);

CREATE TABLE umbracoAudit (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    nodeId INTEGER NULL,
    nodeKey TEXT NULL,
    userId INTEGER NOT NULL,
    action TEXT NOT NULL,
    comment TEXT NULL,
    eventDate TEXT NOT NULL
);
CREATE INDEX IX_umbracoAudit_nodeId ON umbracoAudit (nodeId, id);

CREATE TABLE umbracoCacheInstruction (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    utcStamp TEXT NOT NULL,
    jsonInstruction TEXT NOT NULL,
    originated TEXT NOT NULL,
    instructionCount INTEGER NOT NULL
);

CREATE TABLE umbracoLastSynced (
    machineId TEXT PRIMARY KEY,
    lastSyncedId INTEGER NOT NULL,
    lastSyncedDate TEXT NOT NULL
);

CREATE TABLE umbracoKeyValue (
    key TEXT PRIMARY KEY,
    value TEXT NULL,
    updated TEXT NOT NULL
);
