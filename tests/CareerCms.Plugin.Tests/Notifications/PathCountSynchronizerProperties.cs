using CareerCms.Plugin.Careers;
using CareerCms.Plugin.Notifications;
using CareerCms.Plugin.Tests.Support;
using CsCheck;
using Microsoft.Extensions.Logging.Abstractions;

namespace CareerCms.Plugin.Tests.Notifications;

public sealed class PathCountSynchronizerProperties
{
    private static readonly Guid[] Careers = [.. Enumerable.Range(1, 4).Select(i => new Guid(i, 0, 0, new byte[8]))];
    private static readonly Guid[] Paths = [.. Enumerable.Range(1, 6).Select(i => new Guid(0, (short)i, 0, new byte[8]))];

    [Fact]
    public void Refresh_AfterAnySequenceOfSingleNodeChanges_EqualsABruteForceRecount() =>
        Gen.Select(Gen.Int[0, 3], Gen.Int[0, 5], Gen.Int[0, 3], Gen.Int[0, 4]).Array[1, 40].Sample(changes =>
        {
            var content = new FakeCareerContentReader();
            var synchronizer = new PathCountSynchronizer(new PathCountStore(), content, NullLogger<PathCountSynchronizer>.Instance);
            synchronizer.EnsureInitialized();
            foreach (var (kind, path, career, other) in changes)
            {
                var key = kind switch
                {
                    0 => Toggle(content, Careers[career]),
                    1 => Move(content, Paths[path], Careers[career], other < Careers.Length ? Careers[other] : null),
                    2 => RemovePath(content, Paths[path]),
                    _ => Toggle(content, Careers[other % Careers.Length]),
                };

                synchronizer.Refresh(key);

                Assert.Equal(
                    PathCountCalculator.Calculate(
                        content.GetCareers().Select(c => c.ToPublishedCareer()),
                        content.GetTransitionPaths().Select(p => p.ToPublishedPath())),
                    synchronizer.Counts);
            }
        }, iter: 500);

    private static Guid Toggle(FakeCareerContentReader content, Guid career)
    {
        if (!content.Careers.Remove(career))
        {
            content.AddCareer("Career", career.GetHashCode() % 2 == 0 ? "AI" : "Software", career);
        }

        return career;
    }

    private static Guid Move(FakeCareerContentReader content, Guid path, Guid target, Guid? from)
    {
        content.AddPath(target, from, (TransitionDifficulty)(path.GetHashCode() & 1), path);
        return path;
    }

    private static Guid RemovePath(FakeCareerContentReader content, Guid path)
    {
        content.Paths.Remove(path);
        return path;
    }
}
