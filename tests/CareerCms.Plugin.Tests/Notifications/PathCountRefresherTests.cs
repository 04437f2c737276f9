using CareerCms.Plugin.Careers;
using CareerCms.Plugin.Notifications;
using CareerCms.Plugin.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Umbraco.Cms.Core.Cache;
using Umbraco.Cms.Core.Notifications;
using Umbraco.Cms.Core.Services.Changes;
using Umbraco.Cms.Core.Sync;

namespace CareerCms.Plugin.Tests.Notifications;

public sealed class PathCountRefresherTests
{
    private readonly FakeCareerContentReader _content = new();
    private readonly PathCountChanges _changes = new();
    private readonly RecordingReindexer _reindexer = new();
    private readonly PathCountSynchronizer _synchronizer;

    public PathCountRefresherTests() =>
        _synchronizer = new PathCountSynchronizer(new PathCountStore(), _content, NullLogger<PathCountSynchronizer>.Instance);

    [Fact]
    public async Task Publish_WhenAPathIsPublished_TargetAndBackgroundAreReindexedWithNewCounts()
    {
        var target = _content.AddCareer("MLOps Engineer", "AI");
        var background = _content.AddCareer("Software Engineer", "Software");
        _synchronizer.EnsureInitialized();
        var path = _content.AddPath(target.Key, background.Key, TransitionDifficulty.Moderate);

        await HandleAsync(Payload(path.Key, TreeChangeTypes.RefreshBranch));

        Assert.Equal(new[] { background.Key, target.Key }.Order(), Reindexed().Order());
        Assert.Equal(1, _synchronizer.Counts.ForCareer(target.Key)!.Value.IncomingModerate);
        Assert.Equal(1, _synchronizer.Counts.ForCareer(background.Key)!.Value.Outgoing);
    }

    [Fact]
    public async Task Unpublish_WhenTheFromCareerIsUnpublished_ItsEntryGoesAndTheTargetKeepsThePath()
    {
        var target = _content.AddCareer("MLOps Engineer");
        var background = _content.AddCareer("Software Engineer");
        _content.AddPath(target.Key, background.Key, TransitionDifficulty.Moderate);
        _synchronizer.EnsureInitialized();
        _content.Careers.Remove(background.Key);

        await HandleAsync(Payload(background.Key, TreeChangeTypes.RefreshBranch));

        Assert.Equal([background.Key], Reindexed());
        Assert.Null(_synchronizer.Counts.ForCareer(background.Key));
        Assert.Equal(1, _synchronizer.Counts.ForCareer(target.Key)!.Value.IncomingTotal);
    }

    [Fact]
    public async Task Remove_WhenACareerBranchIsDeleted_ItsPathsStopCounting()
    {
        var target = _content.AddCareer("MLOps Engineer");
        var background = _content.AddCareer("Software Engineer");
        var path = _content.AddPath(target.Key, background.Key);
        _synchronizer.EnsureInitialized();
        _content.Careers.Remove(target.Key);
        _content.Paths.Remove(path.Key);

        await HandleAsync(Payload(target.Key, TreeChangeTypes.Remove));

        Assert.Equal(new[] { background.Key, target.Key }.Order(), Reindexed().Order());
        Assert.Equal(0, _synchronizer.Counts.ForCareer(background.Key)!.Value.Outgoing);
    }

    [Fact]
    public async Task RefreshNode_WhenOnlyADraftWasSaved_NothingIsReindexed()
    {
        var target = _content.AddCareer("MLOps Engineer");
        _content.AddPath(target.Key, null);
        _synchronizer.EnsureInitialized();

        await HandleAsync(Payload(target.Key, TreeChangeTypes.RefreshNode));

        Assert.Empty(_reindexer.Calls);
    }

    [Fact]
    public async Task RefreshNode_WhenAPathChangedDifficulty_ItsTargetIsReindexed()
    {
        var target = _content.AddCareer("MLOps Engineer");
        var path = _content.AddPath(target.Key, null, TransitionDifficulty.Easy);
        _synchronizer.EnsureInitialized();
        _content.Paths[path.Key] = path with { Difficulty = TransitionDifficulty.Hard };

        await HandleAsync(Payload(path.Key, TreeChangeTypes.RefreshNode));

        Assert.Equal([target.Key], Reindexed());
        Assert.Equal(1, _synchronizer.Counts.ForCareer(target.Key)!.Value.IncomingHard);
    }

    [Fact]
    public async Task RefreshAll_RecountsEverything()
    {
        var target = _content.AddCareer("MLOps Engineer");
        _synchronizer.EnsureInitialized();
        _content.AddPath(target.Key, null);

        await HandleAsync(new ContentCacheRefresher.JsonPayload { ChangeTypes = TreeChangeTypes.RefreshAll });

        Assert.Equal([target.Key], Reindexed());
    }

    [Fact]
    public async Task Blueprints_AreIgnored()
    {
        _synchronizer.EnsureInitialized();
        var target = _content.AddCareer("MLOps Engineer");
        var payload = new ContentCacheRefresher.JsonPayload { Id = 1, Key = target.Key, ChangeTypes = TreeChangeTypes.RefreshBranch, Blueprint = true };

        await HandleAsync(payload);

        Assert.Empty(_reindexer.Calls);
        Assert.Null(_synchronizer.Counts.ForCareer(target.Key));
    }

    [Fact]
    public async Task Reindex_WhenTheReindexerFails_KeysStayPendingForTheNextNotification()
    {
        var target = _content.AddCareer("MLOps Engineer");
        _synchronizer.EnsureInitialized();
        _content.AddPath(target.Key, null);
        var failing = new PathCountIndexUpdater(_changes, new ThrowingReindexer());
        await new PathCountRefresher(_synchronizer, _changes).HandleAsync(Notification(Payload(target.Key, TreeChangeTypes.RefreshBranch)), default);

        await Assert.ThrowsAsync<InvalidOperationException>(() => failing.HandleAsync(Notification(), default));

        Assert.Equal([target.Key], _changes.TakeAll());
    }

    private static ContentCacheRefresher.JsonPayload Payload(Guid key, TreeChangeTypes types) =>
        new() { Id = 1, Key = key, ChangeTypes = types };

    private static ContentCacheRefresherNotification Notification(params ContentCacheRefresher.JsonPayload[] payloads) =>
        new(payloads, MessageType.RefreshByPayload);

    private async Task HandleAsync(params ContentCacheRefresher.JsonPayload[] payloads)
    {
        var notification = Notification(payloads);
        await new PathCountRefresher(_synchronizer, _changes).HandleAsync(notification, default);
        await new PathCountIndexUpdater(_changes, _reindexer).HandleAsync(notification, default);
    }

    private IReadOnlyCollection<Guid> Reindexed() => Assert.Single(_reindexer.Calls);

    private sealed class ThrowingReindexer : CareerCms.Plugin.Ports.IContentReindexer
    {
        public Task ReindexAsync(IReadOnlyCollection<Guid> keys, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("Index unavailable.");
    }
}
