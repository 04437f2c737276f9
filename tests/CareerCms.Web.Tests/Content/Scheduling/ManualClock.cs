namespace CareerCms.Web.Tests.Content.Scheduling;

/// <summary>A clock the test moves by hand (no sleeps): services under test read "now" from it.</summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    public DateTimeOffset Now { get; private set; } = start;

    public override DateTimeOffset GetUtcNow() => Now;

    public void Advance(TimeSpan by) => Now += by;
}
