namespace CareerCms.Search.Validation;

/// <summary>What an index does with a validated value set.</summary>
public enum ValueSetValidationStatus
{
    /// <summary>Index the (possibly modified) value set.</summary>
    Valid,

    /// <summary>Do not index it; an existing document with the same id is left as it is.</summary>
    Failed,

    /// <summary>It must not be in the index: delete any existing document with the same id.</summary>
    Filtered,
}
