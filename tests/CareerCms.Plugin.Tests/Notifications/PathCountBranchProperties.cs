using CareerCms.Plugin.Careers;
using CareerCms.Plugin.Notifications;
using CareerCms.Plugin.Tests.Support;
using CsCheck;
using Microsoft.Extensions.Logging.Abstractions;

namespace CareerCms.Plugin.Tests.Notifications;

/// <summary>
/// Branch changes (publish with descendants, unpublish, move, trash, restore, delete, edit) on a small tree of folders,
/// careers and paths, applied branch by branch, always leave counts equal to a brute-force recount.
/// </summary>
public sealed class PathCountBranchProperties
{
    private static readonly Gen<(int Operation, int Node, int Target, int Variant)> Step =
        Gen.Select(Gen.Int[0, 6], Gen.Int[0, TreeWorld.Size - 1], Gen.Int[0, TreeWorld.Size], Gen.Int[0, 3]);

    [Fact]
    public void RefreshBranches_AfterAnySequenceOfBranchOperations_EqualsABruteForceRecount() =>
        Step.Array[1, 40].Sample(steps =>
        {
            var world = new TreeWorld();
            var content = new FakeCareerContentReader();
            world.ProjectTo(content);
            var synchronizer = new PathCountSynchronizer(new PathCountStore(), content, NullLogger<PathCountSynchronizer>.Instance);
            synchronizer.EnsureInitialized();
            foreach (var (operation, node, target, variant) in steps)
            {
                var changed = world.Apply(operation, node, target, variant);
                world.ProjectTo(content);

                synchronizer.RefreshBranches(changed);

                Assert.Equal(world.Recount(), synchronizer.Counts);
            }
        }, iter: 1000);

    [Fact]
    public void RefreshBranches_SeveralOperationsAppliedAtOnce_EqualsABruteForceRecount() =>
        Step.Array[1, 4].Array[1, 10].Sample(groups =>
        {
            var world = new TreeWorld();
            var content = new FakeCareerContentReader();
            world.ProjectTo(content);
            var synchronizer = new PathCountSynchronizer(new PathCountStore(), content, NullLogger<PathCountSynchronizer>.Instance);
            synchronizer.EnsureInitialized();
            foreach (var group in groups)
            {
                // One instruction with several payloads, or a node replaying several instructions late.
                var changed = group.SelectMany(s => world.Apply(s.Operation, s.Node, s.Target, s.Variant)).ToList();
                world.ProjectTo(content);

                synchronizer.RefreshBranches(changed);

                Assert.Equal(world.Recount(), synchronizer.Counts);
            }
        }, iter: 1000);

    [Fact]
    public void RefreshBranches_WhenTheReaderDoesNotKnowTheTree_RecountsAndStaysRight() =>
        Step.Array[1, 20].Sample(steps =>
        {
            var world = new TreeWorld();
            var content = new FakeCareerContentReader { KnowsTree = false };
            world.ProjectTo(content);
            var synchronizer = new PathCountSynchronizer(new PathCountStore(), content, NullLogger<PathCountSynchronizer>.Instance);
            foreach (var (operation, node, target, variant) in steps)
            {
                var changed = world.Apply(operation, node, target, variant);
                world.ProjectTo(content);

                synchronizer.RefreshBranches(changed);

                Assert.Equal(world.Recount(), synchronizer.Counts);
            }
        }, iter: 200);

    [Fact]
    public void RefreshBranches_DeletedCareerBranch_IsTakenOutWithoutReadingIt()
    {
        var content = new FakeCareerContentReader();
        var folder = Guid.NewGuid();
        var target = content.AddCareer("MLOps Engineer", "AI");
        var background = content.AddCareer("Software Engineer", "Software");
        content.Parents[target.Key] = folder;
        content.Parents[background.Key] = folder;
        content.AddPath(target.Key, background.Key, TransitionDifficulty.Easy);
        var synchronizer = new PathCountSynchronizer(new PathCountStore(), content, NullLogger<PathCountSynchronizer>.Instance);
        synchronizer.EnsureInitialized();
        content.Careers.Clear();
        content.Paths.Clear();

        var update = synchronizer.RefreshBranches([folder]);

        Assert.Empty(synchronizer.Counts.Careers);
        Assert.Empty(synchronizer.Counts.Industries);
        Assert.Equal(new[] { background.Key, target.Key }.Order(), update.ChangedCareerKeys);
    }
}
