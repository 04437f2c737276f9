using CareerCms.Plugin.Api.Matching;
using CareerCms.Plugin.Careers;

namespace CareerCms.Plugin.Api;

/// <summary>Domain records to the JSON models the endpoints and the Delivery API output share.</summary>
internal static class ModelMapping
{
    public static SkillGapModel ToModel(SkillGap gap) =>
        new(gap.SkillAlias, gap.SkillName, gap.Importance, gap.CurrentLevel, gap.RequiredLevel, gap.LevelsToGain, Math.Round(gap.Hours, 1));
}
