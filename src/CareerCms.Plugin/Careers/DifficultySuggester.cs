namespace CareerCms.Plugin.Careers;

/// <summary>Suggests a transition's difficulty from readiness and job-zone rise.</summary>
internal static class DifficultySuggester
{
    internal static TransitionDifficulty Suggest(double readiness, int jobZoneRise, SkillGapOptions options)
    {
        if (readiness < options.HardReadinessThreshold || jobZoneRise >= options.HardJobZoneRise)
        {
            return TransitionDifficulty.Hard;
        }

        return readiness >= options.EasyReadinessThreshold && jobZoneRise <= 0
            ? TransitionDifficulty.Easy
            : TransitionDifficulty.Moderate;
    }

    /// <summary>Target job zone minus background job zone; an unknown job zone means no rise.</summary>
    internal static int JobZoneRise(int? backgroundJobZone, int? targetJobZone) =>
        backgroundJobZone is { } from && targetJobZone is { } to ? to - from : 0;
}
