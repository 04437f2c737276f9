using CareerCms.Search.Model;

namespace CareerCms.Search.Validation;

/// <summary>The outcome of <see cref="IValueSetValidator.Validate"/>: a status and the value set to index.</summary>
/// <param name="Status">What to do with the item.</param>
/// <param name="ValueSet">The value set to index when valid; a validator may return a trimmed copy.</param>
public sealed record ValueSetValidationResult(ValueSetValidationStatus Status, ValueSet ValueSet);
