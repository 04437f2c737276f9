namespace CareerCms.Search.Searching;

/// <summary>How the next clause of a <see cref="SearchQuery"/> combines with the others.</summary>
public enum BooleanOperation
{
    /// <summary>The clause must match.</summary>
    And,

    /// <summary>The clause should match (it adds to the score; at least one should-clause must match when there are no must-clauses).</summary>
    Or,

    /// <summary>The clause must not match.</summary>
    Not,
}
