using CareerCms.Plugin.Careers;
using CareerCms.Plugin.Tests.Careers;
using CareerCms.Tests.Common.Careers;
using CsCheck;

namespace CareerCms.Plugin.Tests.Api;

public sealed class ReadinessPlanProperties
{
    private static readonly SkillGapAnalyzer Analyzer = SkillGapServices.Analyzer();

    [Fact]
    public void Readiness_ForAnyCareerAndVisitor_EqualsTheAnalyzersExactly() =>
        Gen.Select(
                Gen.Select(Gen.Int[0, 9], Gen.Int[1, 5], Gen.Int[0, 7]).Array[0, 14],
                Gen.Select(Gen.Int[0, 9], Gen.Int[0, 7]).Array[0, 10])
            .Sample((requirements, visitor) =>
            {
                var career = new CareerProfile(
                    Guid.NewGuid(), "Career", [.. requirements.Select(r => new SkillRequirement($"skill-{r.Item1}", r.Item2, r.Item3))]);
                var levels = visitor.GroupBy(v => $"skill-{v.Item1}").ToDictionary(g => g.Key, g => g.Last().Item2);
                var background = SkillBackground.ForVisitor(levels);

                Assert.Equal(Analyzer.Analyze(background, career, SkillCatalog.Empty).Readiness, ReadinessPlan.For(career).Readiness(background));
            }, iter: 2000);

    [Fact]
    public void Readiness_StarterWorkedExample_Is52Point9()
    {
        var background = SkillBackground.FromCareer(StarterCareers.SoftwareEngineer);

        Assert.Equal(100 * 4.5 / 8.5, ReadinessPlan.For(StarterCareers.MlopsEngineer).Readiness(background), precision: 12);
    }
}
