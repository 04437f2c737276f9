namespace CareerCms.Web.Content.Editors;

/// <summary>A validation message for one property (alias path such as "requiredSkills[2].level" for block values).</summary>
public sealed record PropertyValidationError(string Alias, string Message);
