using System.Diagnostics;
using CareerCms.Plugin.Api.Matching;
using CareerCms.Plugin.Careers;
using CareerCms.Plugin.Ports;
using CareerCms.Web.Tests.Corpus;
using Microsoft.Extensions.Options;
using Umbraco.Cms.Core.Configuration.Models;
using Umbraco.Cms.Core.Strings;
using Xunit.Abstractions;

namespace CareerCms.Web.Tests.Careers;

/// <summary>Match-my-skills over the 1,627-career corpus: correct ranking and its server-side time.</summary>
[Collection(CorpusCollection.Name)]
public sealed class CareerMatchCorpusTests(CorpusFixture fixture, ITestOutputHelper output)
{
    private static readonly IShortStringHelper Segments =
        new DefaultShortStringHelper(new DefaultShortStringHelperConfig().WithDefault(new RequestHandlerSettings()));

    [Fact]
    public void Match_OverTheCorpus_RanksEveryCareer()
    {
        var items = fixture.Corpus.Nodes.Where(n => n.Published).Select(n => new CareerContentItem(
            n.Key, n.ParentKey, n.ContentTypeAlias, n.Name, Segments.CleanStringForUrlSegment(n.Name), alias => n.Value(alias), n)).ToList();
        var build = Stopwatch.StartNew();
        var first = CareerContentSnapshot.Build(items);
        var full = build.Elapsed;

        // One career changed (a new record): only it is parsed again.
        var changed = items.First(i => i.ContentTypeAlias == CareerContentTypes.Career);
        items[items.IndexOf(changed)] = changed with { Version = new object() };
        build.Restart();
        var snapshot = CareerContentSnapshot.Build(items, first);
        output.WriteLine($"Snapshot of the published corpus: {full.TotalMilliseconds:0} ms in full, {build.Elapsed.TotalMilliseconds:0} ms after one change");
        Assert.Same(first.GetCareers().Last(), snapshot.GetCareers().Last());
        Assert.NotSame(first.GetCareer(changed.Key), snapshot.GetCareer(changed.Key));
        Assert.Equal(first.GetCareer(changed.Key), snapshot.GetCareer(changed.Key), CareerDetailsComparer.Instance);
        var service = new CareerMatchService(
            snapshot,
            new CareerMatcher(new SkillGapAnalyzer(Options.Create(new SkillGapOptions()))),
            new Monitor(new CareerMatchOptions()));
        var skills = snapshot.GetSkills().Select(s => s.Info.Alias).Order(StringComparer.Ordinal).ToArray();
        var random = new Random(1627);
        var profiles = Enumerable.Range(0, 200)
            .Select(_ => new CareerMatchRequest
            {
                Skills = [.. Enumerable.Range(0, 12).Select(_ => new VisitorSkillLevel { Skill = skills[random.Next(skills.Length)], Level = random.Next(1, 8) })],
            })
            .ToList();
        service.Match(profiles[0]);

        var times = new List<double>();
        CareerMatchResult? last = null;
        foreach (var profile in profiles)
        {
            var watch = Stopwatch.StartNew();
            last = service.Match(profile);
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        var p95 = times[(int)Math.Ceiling(times.Count * 0.95) - 1];
        output.WriteLine($"{snapshot.GetCareers().Count} careers, {snapshot.GetTransitionPaths().Count} paths, {skills.Length} skills: " +
            $"median {times[times.Count / 2]:0.00} ms, p95 {p95:0.00} ms");
        Assert.Equal(1627, snapshot.GetCareers().Count);
        Assert.Equal(CareerMatchStatus.Success, last!.Status);
        Assert.Equal(1627, last.Response!.Total);
        Assert.Equal(last.Response.Items.Select(i => i.Readiness).OrderDescending(), last.Response.Items.Select(i => i.Readiness));
        // The speed target (p95 <= 10 ms in Release) is checked by bench/plugin.sh, not here: a timed assertion fails
        // on a busy machine and proves nothing on an idle one.
    }

    private sealed class CareerDetailsComparer : IEqualityComparer<CareerDetails?>
    {
        public static readonly CareerDetailsComparer Instance = new();

        public bool Equals(CareerDetails? x, CareerDetails? y) =>
            x is not null && y is not null && x.Key == y.Key && x.RequiredSkills.SequenceEqual(y.RequiredSkills) && x.RelatedCareerKeys.SequenceEqual(y.RelatedCareerKeys);

        public int GetHashCode(CareerDetails? obj) => obj?.Key.GetHashCode() ?? 0;
    }

    private sealed class Monitor(CareerMatchOptions value) : IOptionsMonitor<CareerMatchOptions>
    {
        public CareerMatchOptions CurrentValue => value;

        public CareerMatchOptions Get(string? name) => value;

        public IDisposable? OnChange(Action<CareerMatchOptions, string?> listener) => null;
    }
}
