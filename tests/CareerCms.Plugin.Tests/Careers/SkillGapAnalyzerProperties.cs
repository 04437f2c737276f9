using CareerCms.Plugin.Careers;
using CsCheck;

namespace CareerCms.Plugin.Tests.Careers;

public sealed class SkillGapAnalyzerProperties
{
    private const int SkillPool = 8;

    private static readonly Gen<SkillRequirement> Requirement = Gen.Select(
        Gen.Int[0, SkillPool - 1],
        Gen.Int[SkillScales.MinImportance, SkillScales.MaxImportance],
        Gen.Int[SkillScales.MinLevel, SkillScales.MaxLevel],
        (skill, importance, level) => new SkillRequirement($"s{skill}", importance, level));

    private static readonly Gen<int?> JobZone = Gen.Int[0, SkillScales.MaxJobZone].Select(zone => zone == 0 ? (int?)null : zone);

    private static readonly Gen<(int?, int?)> Salary = Gen.Select(Gen.Int[0, 300_000], Gen.Int[0, 300_000])
        .Select((a, b) => ((int?)Math.Min(a, b), (int?)Math.Max(a, b)));

    private static readonly Gen<CareerProfile> Target = Gen.Select(Requirement.Array[0, 12], JobZone, Salary)
        .Select((requirements, jobZone, salary) =>
            new CareerProfile(Guid.Empty, "Target", requirements, salary.Item1, salary.Item2, jobZone));

    private static readonly Gen<SkillBackground> Background = Gen.Select(
            Gen.Int[SkillScales.MinLevel, SkillScales.MaxLevel].Array[SkillPool], JobZone, Salary)
        .Select((levels, jobZone, salary) => new SkillBackground(ToLevels(levels), salary.Item1, salary.Item2, jobZone));

    private static readonly SkillCatalog Catalog = new(
        Enumerable.Range(0, SkillPool).Select(skill => new SkillInfo($"s{skill}", $"Skill {skill}", 20 * skill)));

    private readonly SkillGapAnalyzer _analyzer = SkillGapServices.Analyzer();

    [Fact]
    public void Analyze_ForAnyInputs_ReadinessIsWithin0And100() =>
        Gen.Select(Background, Target).Sample((background, target) =>
        {
            var readiness = _analyzer.Analyze(background, target, Catalog).Readiness;

            Assert.InRange(readiness, 0, 100);
        }, iter: 2000);

    [Fact]
    public void Analyze_WhenAnyBackgroundSkillIsRaised_ReadinessNeverDrops() =>
        Gen.Select(Background, Target, Gen.Int[0, SkillPool - 1], Gen.Int[1, SkillScales.MaxLevel])
            .Sample((background, target, skill, raise) =>
            {
                var levels = new Dictionary<string, int>(background.SkillLevels);
                levels[$"s{skill}"] = Math.Min(SkillScales.MaxLevel, levels[$"s{skill}"] + raise);
                var raised = new SkillBackground(levels, background.SalaryMin, background.SalaryMax, background.JobZone);

                var before = _analyzer.Analyze(background, target, Catalog).Readiness;
                var after = _analyzer.Analyze(raised, target, Catalog).Readiness;

                Assert.True(after >= before, $"readiness fell from {before} to {after}");
            }, iter: 2000);

    [Fact]
    public void Analyze_ForAnyInputs_EveryCountedSkillIsEitherTransferableOrAGap() =>
        Gen.Select(Background, Target).Sample((background, target) =>
        {
            var analysis = _analyzer.Analyze(background, target, Catalog);

            var counted = target.RequiredSkills.Where(r => r.CountsInAnalysis).Select(r => r.SkillAlias).Distinct();
            var reported = analysis.TransferableSkills.Select(s => s.SkillAlias).Concat(analysis.Gaps.Select(g => g.SkillAlias));
            Assert.Equal(counted.Order(StringComparer.Ordinal), reported.Order(StringComparer.Ordinal));
            Assert.All(analysis.Gaps, gap => Assert.True(gap.LevelsToGain > 0));
        });

    [Fact]
    public void Analyze_WhenRequirementsAreReordered_ResultIsIdentical() =>
        Gen.Select(Background, Target, Gen.Int.Array[12]).Sample((background, target, sortKeys) =>
        {
            var reordered = target with
            {
                RequiredSkills = [.. target.RequiredSkills.Select((r, i) => (r, sortKeys[i])).OrderBy(p => p.Item2).Select(p => p.r)],
            };

            var original = _analyzer.Analyze(background, target, Catalog);
            var shuffled = _analyzer.Analyze(background, reordered, Catalog);

            Assert.Equal(original.Readiness, shuffled.Readiness);
            Assert.Equal(original.Gaps, shuffled.Gaps);
            Assert.Equal(original.Effort, shuffled.Effort);
        });

    [Fact]
    public void Analyze_ForAnyInputs_RangesAreOrderedAndSalaryChangeStaysInTheBand() =>
        Gen.Select(Background, Target).Sample((background, target) =>
        {
            var analysis = _analyzer.Analyze(background, target, Catalog);

            Assert.True(analysis.Effort.MinMonths <= analysis.Effort.MaxMonths);
            if (analysis.SuggestedSalaryChange is { } change)
            {
                Assert.True(change.MinPercent <= change.MaxPercent);
                Assert.InRange(change.MinPercent, -50, 200);
                Assert.InRange(change.MaxPercent, -50, 200);
            }
        }, iter: 1000);

    private static Dictionary<string, int> ToLevels(int[] levels) =>
        levels.Select((level, skill) => (level, skill)).ToDictionary(pair => $"s{pair.skill}", pair => pair.level);
}
