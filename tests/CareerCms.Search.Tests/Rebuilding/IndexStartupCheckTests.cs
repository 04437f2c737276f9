using CareerCms.Search.Rebuilding;
using CareerCms.Search.Registration;
using CareerCms.Search.Tests.TestSupport;
using static CareerCms.Search.Tests.TestSupport.CareerValueSets;

namespace CareerCms.Search.Tests.Rebuilding;

public sealed class IndexStartupCheckTests
{
    [Fact]
    public async Task RunAsync_WhenIndexWasMissing_RebuildsItFromItsPopulator()
    {
        using var index = TestIndex.Create(name: "ExternalIndex");

        var result = Assert.Single(await Check(index, Numbered(7)).RunAsync());

        Assert.Equal(IndexStartupFinding.Missing, result.Finding);
        Assert.Equal(IndexRebuildStatus.Success, result.Rebuild?.Status);
        Assert.Equal(7, index.Index.GetDocumentCount());
    }

    [Fact]
    public async Task RunAsync_WhenIndexExistsButEmpty_RebuildsIt()
    {
        using var folder = new TempIndexFolder();
        TestIndex.At(folder.Path, name: "ExternalIndex").Dispose();
        using var index = TestIndex.At(folder.Path, name: "ExternalIndex");

        var result = Assert.Single(await Check(index, Numbered(2)).RunAsync());

        Assert.Equal(IndexStartupFinding.Empty, result.Finding);
        Assert.Equal(2, index.Index.GetDocumentCount());
    }

    [Fact]
    public async Task RunAsync_WhenIndexIsHealthyAndPopulated_LeavesItAlone()
    {
        using var index = TestIndex.Create(name: "ExternalIndex");
        await index.IndexAsync(Career("kept", "Existing career"));

        var result = Assert.Single(await Check(index, Numbered(5)).RunAsync());

        Assert.Equal(IndexStartupFinding.Healthy, result.Finding);
        Assert.Null(result.Rebuild);
        Assert.Equal(["kept"], index.All().Items.Select(hit => hit.Id));
    }

    internal static IndexStartupCheck Check(TestIndex index, IReadOnlyList<CareerCms.Search.Model.ValueSet> items)
    {
        var registry = new IndexRegistry([index.Index]);
        return new IndexStartupCheck(registry, new IndexRebuilder(registry, [new ListPopulator(index.Index.Name, items)]));
    }
}
