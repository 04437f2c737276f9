-- Backoffice users and user groups (SQLite). Names follow Umbraco's tables; dates are UTC ISO-8601 text.
-- Groups hold the permission verbs (Umbraco 14+ strings such as Umb.Document.Publish) and sections as
-- comma-separated text: they are read whole with the user on every request and rarely written.
CREATE TABLE umbracoUserGroup (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    uniqueId TEXT NOT NULL UNIQUE,
    alias TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    icon TEXT NULL,
    description TEXT NULL,
    sections TEXT NOT NULL,
    permissions TEXT NOT NULL,
    startContentKey TEXT NULL,
    isSystem INTEGER NOT NULL,
    createDate TEXT NOT NULL,
    updateDate TEXT NOT NULL
);

CREATE TABLE umbracoUser (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    uniqueId TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    email TEXT NOT NULL,
    normalizedEmail TEXT NOT NULL UNIQUE,
    passwordHash TEXT NOT NULL,
    securityStamp TEXT NOT NULL,
    disabled INTEGER NOT NULL,
    failedAttempts INTEGER NOT NULL,
    lockedUntil TEXT NULL,
    lastLockoutDate TEXT NULL,
    lastLoginDate TEXT NULL,
    lastPasswordChangeDate TEXT NULL,
    startContentKey TEXT NULL,
    createDate TEXT NOT NULL,
    updateDate TEXT NOT NULL
);

CREATE TABLE umbracoUser2UserGroup (
    userId INTEGER NOT NULL REFERENCES umbracoUser(id) ON DELETE CASCADE,
    userGroupId INTEGER NOT NULL REFERENCES umbracoUserGroup(id) ON DELETE CASCADE,
    PRIMARY KEY (userId, userGroupId)
);

-- Umbraco's default groups with their well-known keys (Constants.Security.*GroupKey).
INSERT INTO umbracoUserGroup (uniqueId, alias, name, icon, description, sections, permissions, startContentKey, isSystem, createDate, updateDate) VALUES
('e5e7f6c8-7f9c-4b5b-8d5d-9e1e5a4f7e4d', 'admin', 'Administrators', 'icon-medal', 'Everything, in every section.',
 'Umb.Section.Content,Umb.Section.Settings,Umb.Section.Users',
 'Umb.Document.Read,Umb.Document.Create,Umb.Document.Update,Umb.Document.Delete,Umb.Document.Publish,Umb.Document.Unpublish,Umb.Document.Rollback,Umb.Document.Move,Umb.Document.Duplicate,Umb.Document.Sort',
 NULL, 1, '2025-01-01T00:00:00.0000000Z', '2025-01-01T00:00:00.0000000Z'),
('44dc260e-b4d4-4dd9-9081-eec5598f1641', 'editor', 'Editors', 'icon-tools', 'Author, publish and structure content.',
 'Umb.Section.Content',
 'Umb.Document.Read,Umb.Document.Create,Umb.Document.Update,Umb.Document.Delete,Umb.Document.Publish,Umb.Document.Unpublish,Umb.Document.Rollback,Umb.Document.Move,Umb.Document.Duplicate,Umb.Document.Sort',
 NULL, 0, '2025-01-01T00:00:00.0000000Z', '2025-01-01T00:00:00.0000000Z'),
('9fc2a16f-528c-46d6-a014-75bf4ec2480c', 'writer', 'Writers', 'icon-edit', 'Write drafts; cannot publish.',
 'Umb.Section.Content',
 'Umb.Document.Read,Umb.Document.Create,Umb.Document.Update',
 NULL, 0, '2025-01-01T00:00:00.0000000Z', '2025-01-01T00:00:00.0000000Z');
