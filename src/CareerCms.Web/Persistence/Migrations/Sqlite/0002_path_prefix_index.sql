-- SQLite already serves prefix ranges from IX_umbracoNode_path (BINARY collation); this migration keeps the
-- two dialects' version numbers aligned.
SELECT 1;
