using CareerCms.Search.Model;

namespace CareerCms.Search.Validation;

/// <summary>Decides, per value set, whether an index keeps, skips or removes the item.</summary>
public interface IValueSetValidator
{
    /// <summary>Validates one value set; runs on the index's write queue.</summary>
    ValueSetValidationResult Validate(ValueSet valueSet);
}
