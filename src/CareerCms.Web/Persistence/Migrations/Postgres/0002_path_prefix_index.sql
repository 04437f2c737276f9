-- Prefix searches on paths (descendants of a node) use LIKE 'prefix%', which needs text_pattern_ops.
CREATE INDEX IX_umbracoNode_path_prefix ON umbracoNode (path text_pattern_ops);
