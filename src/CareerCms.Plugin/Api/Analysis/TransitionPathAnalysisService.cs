using CareerCms.Plugin.Api.Matching;
using CareerCms.Plugin.Careers;
using CareerCms.Plugin.Ports;

namespace CareerCms.Plugin.Api.Analysis;

/// <summary>How analysing a path ended.</summary>
public enum TransitionPathAnalysisStatus
{
    Success,
    PathNotFound,

    /// <summary>The path has no published background career to analyse from.</summary>
    FromCareerNotFound,
}

/// <summary>Analyses a published transition path from its background career to its target career.</summary>
public sealed class TransitionPathAnalysisService(ICareerContentReader content, SkillGapAnalyzer analyzer, RoadmapPlanner planner)
{
    /// <summary>The analysis, or why there is none.</summary>
    public (TransitionPathAnalysisStatus Status, TransitionPathAnalysisModel? Analysis) Analyze(Guid pathKey)
    {
        if (content.GetTransitionPath(pathKey) is not { } path)
        {
            return (TransitionPathAnalysisStatus.PathNotFound, null);
        }

        var target = content.GetCareer(path.TargetCareerKey);
        var from = path.FromCareerKey is { } fromKey ? content.GetCareer(fromKey) : null;
        if (target is null || from is null)
        {
            return (TransitionPathAnalysisStatus.FromCareerNotFound, null);
        }

        var catalog = new SkillCatalog(content.GetSkills().Select(s => s.Info));
        var analysis = analyzer.Analyze(from.ToProfile(), target.ToProfile(), catalog);
        var plan = planner.Plan(analysis, catalog);
        return (TransitionPathAnalysisStatus.Success, ToModel(path, target, from, analysis, plan));
    }

    private static TransitionPathAnalysisModel ToModel(
        TransitionPathDetails path, CareerDetails target, CareerDetails from, SkillGapAnalysis analysis, RoadmapPlan plan)
    {
        var suggestedDuration = new RangeModel(analysis.Effort.MinMonths, analysis.Effort.MaxMonths);
        var editorDuration = Range(path.DurationMinMonths, path.DurationMaxMonths);
        var suggestedSalary = analysis.SuggestedSalaryChange is { } s ? new RangeModel(s.MinPercent, s.MaxPercent) : null;
        var editorSalary = Range(path.SalaryChangeMinPercent, path.SalaryChangeMaxPercent);
        var suggestedDifficulty = analysis.SuggestedDifficulty.ToString();
        return new TransitionPathAnalysisModel(
            path.Key,
            new CareerReference(target.Key, target.Name),
            new CareerReference(from.Key, from.Name),
            analysis.ReadinessRounded,
            [.. analysis.TransferableSkills.Select(t => new TransferableSkillModel(t.SkillAlias, t.SkillName, t.Importance, t.CurrentLevel, t.RequiredLevel))],
            [.. analysis.Gaps.Select(ModelMapping.ToModel)],
            new EffortModel(Math.Round(analysis.Effort.Hours, 1), analysis.Effort.MinMonths, analysis.Effort.MaxMonths),
            Compare(path.Difficulty?.ToString(), suggestedDifficulty),
            Compare(editorDuration, suggestedDuration),
            Compare(editorSalary, suggestedSalary),
            new RoadmapComparisonModel(
                [.. path.Roadmap.Select(p => new RoadmapPhaseModel(p.Title, p.Months, p.SkillAliases))],
                [.. plan.Phases.Select(p => new RoadmapPhaseModel(p.Title, p.Months, [.. p.Skills.Select(g => g.SkillAlias)]))],
                plan.Cycles));
    }

    private static RangeModel? Range(int? min, int? max) => min is null && max is null ? null : new RangeModel(min, max);

    /// <summary>Drift only counts where both sides have a value.</summary>
    private static EditorAndSuggested<T> Compare<T>(T? editor, T? suggested)
        where T : class =>
        new(editor, suggested, editor is not null && suggested is not null && !editor.Equals(suggested));
}
