using CareerCms.Web.Search.Careers;
using CareerCms.Web.Search.Indexing;
using Microsoft.Extensions.Options;

namespace CareerCms.Web.Search;

/// <summary>Validates the search options at start, listing every problem.</summary>
internal sealed class SearchOptionsValidation : IValidateOptions<CareerSearchOptions>, IValidateOptions<ContentIndexingOptions>
{
    public ValidateOptionsResult Validate(string? name, CareerSearchOptions options) => Result(options.Validate());

    public ValidateOptionsResult Validate(string? name, ContentIndexingOptions options) => Result(options.Validate());

    private static ValidateOptionsResult Result(IEnumerable<string> errors)
    {
        var list = errors.ToList();
        return list.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(list);
    }
}
