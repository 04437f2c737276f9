using CareerCms.Search.Model;
using CareerCms.Search.Tests.TestSupport;
using CareerCms.Search.Validation;
using static CareerCms.Search.Tests.TestSupport.CareerValueSets;

namespace CareerCms.Search.Tests.Indexing;

public sealed class LuceneIndexValidationTests
{
    [Fact]
    public async Task IndexItems_WhenValidatorFails_ItemIsSkippedAndExistingDocumentKept()
    {
        var validator = new StatusByName(new() { ["Draft"] = ValueSetValidationStatus.Failed });
        using var index = TestIndex.Create(options => options.Validator = validator);
        await index.IndexAsync(Career("1", "Published"));

        await index.IndexAsync(Career("1", "Draft"), Career("2", "Draft"));

        var hit = Assert.Single(index.All().Items);
        Assert.Equal("Published", hit.Values["nodeName"]);
    }

    [Fact]
    public async Task IndexItems_WhenValidatorFilters_ExistingDocumentIsDeleted()
    {
        var validator = new StatusByName(new() { ["Trashed"] = ValueSetValidationStatus.Filtered });
        using var index = TestIndex.Create(options => options.Validator = validator);
        await index.IndexAsync(Career("1", "Live"), Career("2", "Live"));

        await index.IndexAsync(Career("1", "Trashed"));

        Assert.Equal(["2"], index.All().Items.Select(hit => hit.Id));
    }

    [Fact]
    public async Task IndexItems_WhenTransformingHandlerSetsValues_ReplacedValuesAreIndexed()
    {
        using var index = TestIndex.Create();
        index.Index.TransformingIndexValues += (_, e) =>
        {
            var values = e.ValueSet.Values.ToDictionary(pair => pair.Key, pair => pair.Value);
            values["__Path"] = ["-1,1061,1075"];
            e.SetValues(values);
        };

        await index.IndexAsync(Career("1075", "Data Engineer"));

        var hit = Assert.Single(index.Searcher.CreateQuery().Field("__Path", "1061").Execute(0, 10).Items);
        Assert.Equal("-1,1061,1075", hit.Values["__Path"]);
    }

    [Fact]
    public async Task IndexItems_WhenTransformingHandlerCancels_ItemIsNotIndexed()
    {
        using var index = TestIndex.Create();
        index.Index.TransformingIndexValues += (_, e) => e.Cancel = e.ValueSet.Id == "2";

        await index.IndexAsync(Career("1", "Kept"), Career("2", "Cancelled"));

        Assert.Equal(["1"], index.All().Items.Select(hit => hit.Id));
    }

    [Fact]
    public async Task IndexItems_WhenOneItemThrows_OthersAreIndexedAndErrorRaised()
    {
        using var index = TestIndex.Create();
        var errors = new List<string?>();
        index.Index.IndexingError += (_, e) => errors.Add(e.ItemId);
        index.Index.TransformingIndexValues += (_, e) =>
        {
            if (e.ValueSet.Id == "bad")
            {
                throw new InvalidOperationException("broken handler");
            }
        };

        await index.IndexAsync(Career("good", "Kept"), Career("bad", "Broken"));

        Assert.Equal(["good"], index.All().Items.Select(hit => hit.Id));
        Assert.Equal(["bad"], errors);
    }

    private sealed class StatusByName(Dictionary<string, ValueSetValidationStatus> statuses) : IValueSetValidator
    {
        public ValueSetValidationResult Validate(ValueSet valueSet)
        {
            var name = valueSet.GetValue(TestFields.Name) as string ?? string.Empty;
            return new ValueSetValidationResult(statuses.GetValueOrDefault(name, ValueSetValidationStatus.Valid), valueSet);
        }
    }
}
