namespace CareerCms.Web.Content.Scheduling;

/// <summary>What one scheduler run did.</summary>
public sealed record ScheduledPublishingReport
{
    /// <summary>Documents published by a release date.</summary>
    public int Published { get; init; }

    /// <summary>Documents unpublished by an expire date.</summary>
    public int Unpublished { get; init; }

    /// <summary>Schedules that could not run (invalid content, unpublished parent, cancelled); they are dropped and noted in the history.</summary>
    public int Failed { get; init; }

    /// <summary>Schedules another node ran first.</summary>
    public int ClaimedElsewhere { get; init; }
}
