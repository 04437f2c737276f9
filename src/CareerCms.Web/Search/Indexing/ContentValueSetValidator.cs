using CareerCms.Search.Model;
using CareerCms.Search.Validation;

namespace CareerCms.Web.Search.Indexing;

/// <summary>
/// Umbraco's ContentValueSetValidator for the two content indexes: a value set without a path fails; a published-only
/// index refuses unpublished items (Failed: the caller deletes them explicitly) and filters items in the recycle bin
/// (Filtered: the index deletes the document).
/// </summary>
public sealed class ContentValueSetValidator(bool publishedValuesOnly) : IValueSetValidator
{
    /// <summary>True for ExternalIndex.</summary>
    public bool PublishedValuesOnly { get; } = publishedValuesOnly;

    /// <summary>Umbraco's "supportProtectedContent": true only for InternalIndex. CareerCms has no public access rules yet.</summary>
    public bool SupportProtectedContent => !PublishedValuesOnly;

    /// <inheritdoc />
    public ValueSetValidationResult Validate(ValueSet valueSet)
    {
        ArgumentNullException.ThrowIfNull(valueSet);
        if (valueSet.GetValue(ContentIndexFieldNames.Path) is not string path || string.IsNullOrWhiteSpace(path))
        {
            return new ValueSetValidationResult(ValueSetValidationStatus.Failed, valueSet);
        }

        if (!PublishedValuesOnly)
        {
            return new ValueSetValidationResult(ValueSetValidationStatus.Valid, valueSet);
        }

        if (path.Contains(",-20,", StringComparison.Ordinal))
        {
            return new ValueSetValidationResult(ValueSetValidationStatus.Filtered, valueSet);
        }

        return valueSet.GetValue(ContentIndexFieldNames.Published) as string == "y"
            ? new ValueSetValidationResult(ValueSetValidationStatus.Valid, valueSet)
            : new ValueSetValidationResult(ValueSetValidationStatus.Failed, valueSet);
    }
}
