namespace CareerCms.Plugin.Careers;

/// <summary>Structural path counts of one published career.</summary>
/// <param name="IncomingTotal">Published paths leading to the career.</param>
/// <param name="IncomingEasy">Incoming paths marked Easy.</param>
/// <param name="IncomingModerate">Incoming paths marked Moderate.</param>
/// <param name="IncomingHard">Incoming paths marked Hard.</param>
/// <param name="Outgoing">Counted paths whose <c>fromCareer</c> is this career.</param>
public readonly record struct CareerPathCounts(
    int IncomingTotal,
    int IncomingEasy,
    int IncomingModerate,
    int IncomingHard,
    int Outgoing)
{
    /// <summary>Counts with one more incoming path of a difficulty (null: total only).</summary>
    public CareerPathCounts WithIncoming(TransitionDifficulty? difficulty) => this with
    {
        IncomingTotal = IncomingTotal + 1,
        IncomingEasy = IncomingEasy + (difficulty == TransitionDifficulty.Easy ? 1 : 0),
        IncomingModerate = IncomingModerate + (difficulty == TransitionDifficulty.Moderate ? 1 : 0),
        IncomingHard = IncomingHard + (difficulty == TransitionDifficulty.Hard ? 1 : 0),
    };

    /// <summary>Counts with one more outgoing path.</summary>
    public CareerPathCounts WithOutgoing() => this with { Outgoing = Outgoing + 1 };
}
