using CareerCms.Plugin.Careers;
using CareerCms.Plugin.Notifications;
using CareerCms.Plugin.Ports;
using CareerCms.Plugin.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace CareerCms.Plugin.Tests.Notifications;

public sealed class CareerIndexStartupSyncTests
{
    private readonly FakeCareerContentReader _content = new();
    private readonly RecordingReindexer _reindexer = new();
    private readonly CareerDetails _target;
    private readonly CareerDetails _background;
    private readonly TransitionPathDetails _path;

    public CareerIndexStartupSyncTests()
    {
        _target = _content.AddCareer("MLOps Engineer", "AI");
        _background = _content.AddCareer("Software Engineer", "Software");
        _path = _content.AddPath(_target.Key, _background.Key, TransitionDifficulty.Moderate, baseline: 10);
    }

    [Fact]
    public async Task Start_WhenTheIndexHoldsTheCurrentValues_ReindexesNothing()
    {
        await RunAsync(Indexed(), starts: 5);

        Assert.Empty(_reindexer.Calls.SelectMany(c => c));
    }

    [Fact]
    public async Task Start_ReindexesOnlyItemsWhoseIndexedValuesAreStale()
    {
        var indexed = Indexed();
        indexed[_target.Key] = new IndexedCareerValues(0, 0, null); // counted before its path was published
        indexed[_path.Key] = new IndexedCareerValues(null, null, 12); // starts counted since

        await RunAsync(indexed, starts: 5);

        Assert.Equal(new[] { _target.Key, _path.Key }.Order(), _reindexer.Calls.SelectMany(c => c).Order());
    }

    [Fact]
    public async Task Start_ReindexesItemsMissingFromTheIndexAndUnpublishedItemsInIt()
    {
        var indexed = Indexed();
        indexed.Remove(_background.Key);
        var unpublished = Guid.NewGuid();
        indexed[unpublished] = new IndexedCareerValues(0, 0, null);

        await RunAsync(indexed, starts: 5);

        Assert.Equal(new[] { _background.Key, unpublished }.Order(), _reindexer.Calls.SelectMany(c => c).Order());
    }

    [Fact]
    public async Task Start_WhenTheIndexCannotBeRead_ReindexesEveryCareerAndPath()
    {
        await RunAsync(indexed: null, starts: 5);

        Assert.Equal(new[] { _target.Key, _background.Key, _path.Key }.Order(), _reindexer.Calls.SelectMany(c => c).Order());
    }

    private Dictionary<Guid, IndexedCareerValues> Indexed() => new()
    {
        [_target.Key] = new IndexedCareerValues(1, 0, null),
        [_background.Key] = new IndexedCareerValues(0, 1, null),
        [_path.Key] = new IndexedCareerValues(null, null, 15),
    };

    private async Task RunAsync(Dictionary<Guid, IndexedCareerValues>? indexed, long starts)
    {
        var synchronizer = new PathCountSynchronizer(new PathCountStore(), _content, NullLogger<PathCountSynchronizer>.Instance);
        using var sync = new CareerIndexStartupSync(
            synchronizer,
            _content,
            new FixedStartStore(new Dictionary<Guid, long> { [_path.Key] = starts }),
            new FixedIndex(indexed),
            _reindexer,
            NullLogger<CareerIndexStartupSync>.Instance);

        await sync.StartAsync(CancellationToken.None);
        await sync.ExecuteTask!;
    }

    private sealed class FixedIndex(IReadOnlyDictionary<Guid, IndexedCareerValues>? values) : ICareerIndexInspector
    {
        public Task<IReadOnlyDictionary<Guid, IndexedCareerValues>?> ReadAsync(CancellationToken cancellationToken) => Task.FromResult(values);
    }
}
