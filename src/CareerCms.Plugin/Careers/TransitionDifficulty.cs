namespace CareerCms.Plugin.Careers;

/// <summary>How hard a transition is; the names match the <c>difficulty</c> dropdown values of a transition path.</summary>
public enum TransitionDifficulty
{
    /// <summary>Most skills transfer and the job zone does not rise.</summary>
    Easy,

    /// <summary>Neither easy nor hard.</summary>
    Moderate,

    /// <summary>Low readiness or a steep rise in job zone.</summary>
    Hard,
}
