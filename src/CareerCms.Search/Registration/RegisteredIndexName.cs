namespace CareerCms.Search.Registration;

/// <summary>Marks an index name as registered in a service collection, so a second registration is skipped.</summary>
internal sealed record RegisteredIndexName(string Name);
