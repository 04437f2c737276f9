using CareerCms.Search.Health;
using CareerCms.Search.Rebuilding;
using CareerCms.Search.Tests.Rebuilding;
using CareerCms.Search.Tests.TestSupport;
using static CareerCms.Search.Tests.TestSupport.CareerValueSets;

namespace CareerCms.Search.Tests.Health;

public sealed class IndexCorruptionTests
{
    [Fact]
    public async Task GetHealth_WhenSegmentFilesTruncated_ReportsCorruptAtOpen()
    {
        using var folder = await CorruptedIndexFolder(TruncateSegmentFiles);
        using var index = TestIndex.At(folder.Path);

        var health = index.Index.GetHealth();

        Assert.Equal(IndexHealthStatus.Corrupt, health.Status);
        Assert.Contains("cannot be opened", health.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckIntegrityAsync_WhenSegmentBytesFlipped_OpensButCheckIndexReportsCorrupt()
    {
        using var folder = await CorruptedIndexFolder(FlipCompoundFileBytes);
        using var index = TestIndex.At(folder.Path);
        var atOpen = index.Index.GetHealth();

        var checkedHealth = await index.Index.CheckIntegrityAsync();

        Assert.Equal(IndexHealthStatus.Healthy, atOpen.Status);
        Assert.Equal(IndexHealthStatus.Corrupt, checkedHealth.Status);
        Assert.Contains("broken segment", checkedHealth.Message, StringComparison.Ordinal);
        Assert.Equal(IndexHealthStatus.Corrupt, index.Index.GetHealth().Status);
    }

    [Theory]
    [InlineData(nameof(TruncateSegmentFiles))]
    [InlineData(nameof(FlipCompoundFileBytes))]
    public async Task StartupCheck_WhenSegmentFilesCorrupt_RebuildsTheIndexFromItsPopulator(string corruption)
    {
        using var folder = await CorruptedIndexFolder(corruption == nameof(TruncateSegmentFiles) ? TruncateSegmentFiles : FlipCompoundFileBytes);
        using var index = TestIndex.At(folder.Path, name: "ExternalIndex");

        var result = Assert.Single(await IndexStartupCheckTests.Check(index, Numbered(12, "fresh-")).RunAsync());

        Assert.Equal(IndexStartupFinding.Corrupt, result.Finding);
        Assert.Equal(IndexRebuildStatus.Success, result.Rebuild?.Status);
        Assert.True(index.Index.GetHealth().IsHealthy);
        Assert.Equal(IndexHealthStatus.Healthy, (await index.Index.CheckIntegrityAsync()).Status);
        Assert.Equal(12, index.Index.GetDocumentCount());
        Assert.Single(index.Searcher.CreateQuery().Id("fresh-3").Execute(0, 1).Items);
    }

    [Fact]
    public async Task CreateIndex_WhenSegmentsFileOverwritten_RecreatesAWorkingIndex()
    {
        using var folder = await CorruptedIndexFolder(OverwriteSegmentsFile);
        using var index = TestIndex.At(folder.Path);
        var before = index.Index.GetHealth();

        index.Index.CreateIndex();
        await index.IndexAsync(Career("new", "After the wipe"));

        Assert.Equal(IndexHealthStatus.Corrupt, before.Status);
        Assert.True(index.Index.GetHealth().IsHealthy);
        Assert.Equal(["new"], index.All().Items.Select(hit => hit.Id));
    }

    private static async Task<TempIndexFolder> CorruptedIndexFolder(Action<string> corrupt)
    {
        var folder = new TempIndexFolder();
        using (var index = TestIndex.At(folder.Path))
        {
            await index.IndexAsync(Numbered(200));
        }

        corrupt(folder.Path);
        return folder;
    }

    private static void TruncateSegmentFiles(string path)
    {
        foreach (var file in Directory.GetFiles(path, "_*"))
        {
            using var stream = File.Open(file, FileMode.Open, FileAccess.Write);
            stream.SetLength(stream.Length / 2);
        }
    }

    private static void FlipCompoundFileBytes(string path)
    {
        foreach (var file in Directory.GetFiles(path, "_*.cfs"))
        {
            var bytes = File.ReadAllBytes(file);
            for (var i = bytes.Length / 3; i < (bytes.Length / 3) + 20; i++)
            {
                bytes[i] ^= 0xFF;
            }

            File.WriteAllBytes(file, bytes);
        }
    }

    private static void OverwriteSegmentsFile(string path)
    {
        foreach (var file in Directory.GetFiles(path, "segments_*"))
        {
            File.WriteAllBytes(file, Enumerable.Repeat((byte)0x5A, 64).ToArray());
        }
    }
}
