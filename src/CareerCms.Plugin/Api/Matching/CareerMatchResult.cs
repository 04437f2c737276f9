namespace CareerCms.Plugin.Api.Matching;

/// <summary>How a match request ended; <see cref="Problems.CareerCmsProblems"/> maps each failure to a ProblemDetails.</summary>
public enum CareerMatchStatus
{
    Success,

    /// <summary>No skills, or every level 0.</summary>
    EmptyProfile,

    /// <summary>More skills than the settings allow.</summary>
    TooManySkills,

    /// <summary>An entry of <c>skills</c> that is null or names no skill.</summary>
    MissingSkill,

    /// <summary>A skill nobody knows by that alias, name or synonym.</summary>
    UnknownSkill,

    /// <summary>A level missing or outside 0-7.</summary>
    LevelOutOfRange,

    /// <summary><c>take</c> outside 1 to the maximum.</summary>
    TakeOutOfRange,
}

/// <summary>The outcome of a match request.</summary>
/// <param name="Status">Success or the reason for refusing.</param>
/// <param name="Response">The ranked careers on success.</param>
/// <param name="Offending">The skills (as sent) a failure is about.</param>
public sealed record CareerMatchResult(CareerMatchStatus Status, CareerMatchResponse? Response = null, IReadOnlyList<string>? Offending = null)
{
    internal static CareerMatchResult Fail(CareerMatchStatus status, IEnumerable<string>? offending = null) =>
        new(status, null, offending?.ToArray());
}
