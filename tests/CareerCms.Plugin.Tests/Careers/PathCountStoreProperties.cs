using CareerCms.Plugin.Careers;
using CsCheck;

namespace CareerCms.Plugin.Tests.Careers;

public sealed class PathCountStoreProperties
{
    private static readonly Gen<StoreChange> Change = Gen.Select(
        Gen.Int[0, 5], Gen.Int[0, StoreChange.PathPool - 1], Gen.Int[0, StoreChange.CareerPool - 1],
        Gen.Int[0, StoreChange.CareerPool], Gen.Int[0, 3],
        (kind, path, career, other, variant) => new StoreChange(kind, path, career, other, variant));

    [Fact]
    public void Changes_ForAnySequence_AlwaysEqualAFullRecount() =>
        Change.Array[1, 60].Sample(changes =>
        {
            var store = new PathCountStore();
            var careers = new Dictionary<Guid, PublishedCareer>();
            var paths = new Dictionary<Guid, PublishedTransitionPath>();
            foreach (var change in changes)
            {
                var before = store.Current;

                var update = change.ApplyTo(store, careers, paths);

                var after = store.Current;
                Assert.Equal(PathCountCalculator.Calculate(careers.Values, paths.Values), after);
                Assert.Equal(
                    before.Careers.Keys.Union(after.Careers.Keys).Where(key => before.ForCareer(key) != after.ForCareer(key)).Order(),
                    update.ChangedCareerKeys.Order());
                Assert.Equal(
                    before.Industries.Keys.Union(after.Industries.Keys)
                        .Where(name => !before.Industries.TryGetValue(name, out var old) || !after.Industries.TryGetValue(name, out var now) || old != now)
                        .Order(StringComparer.Ordinal),
                    update.ChangedIndustries.Order(StringComparer.Ordinal));
            }
        }, iter: 1000);

    /// <summary>One random change: upsert/remove a career or a path, drawn from small key pools so they collide.</summary>
    private sealed record StoreChange(int Kind, int Path, int Career, int Other, int Variant)
    {
        public const int CareerPool = 5;
        public const int PathPool = 8;

        private static readonly string?[] Industries = ["AI", "Software", null, " "];

        public PathCountUpdate ApplyTo(
            PathCountStore store,
            Dictionary<Guid, PublishedCareer> careers,
            Dictionary<Guid, PublishedTransitionPath> paths)
        {
            switch (Kind)
            {
                case 0 or 1:
                    var career = new PublishedCareer(CareerKey(Career), Industries[Variant]);
                    careers[career.Key] = career;
                    return store.UpsertCareer(career);
                case 2:
                    careers.Remove(CareerKey(Career));
                    return store.RemoveCareer(CareerKey(Career));
                case 3 or 4:
                    // Other == CareerPool means "no fromCareer"; Variant 3 means "no difficulty".
                    var path = new PublishedTransitionPath(
                        PathKey(Path),
                        CareerKey(Career),
                        Other == CareerPool ? null : CareerKey(Other),
                        Variant == 3 ? null : (TransitionDifficulty)Variant);
                    paths[path.Key] = path;
                    return store.UpsertPath(path);
                default:
                    paths.Remove(PathKey(Path));
                    return store.RemovePath(PathKey(Path));
            }
        }

        private static Guid CareerKey(int index) => new(index + 1, 0, 0, [0, 0, 0, 0, 0, 0, 0, 1]);

        private static Guid PathKey(int index) => new(index + 1, 0, 0, [0, 0, 0, 0, 0, 0, 0, 2]);
    }
}
