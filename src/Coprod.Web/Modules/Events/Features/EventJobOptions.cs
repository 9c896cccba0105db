using Coprod.Web.Platform;

namespace Coprod.Web.Modules.Events.Features;

/// <summary>
/// <c>Events:Escalation</c>: an immediate delivery nobody acknowledged after <see cref="Delay"/>
/// (default 10 minutes) is escalated to the coordinators; the job looks every <see cref="Interval"/>
/// (default 30 seconds). Values are TimeSpans (<c>"00:10:00"</c>).
/// </summary>
public sealed class EscalationOptions
{
    public const string Section = "Events:Escalation";

    public TimeSpan Delay { get; set; } = TimeSpan.FromMinutes(10);

    public TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(30);
}

/// <summary><c>Events:Digest</c>: the daily digest goes out at <see cref="Hour"/> o'clock, Paris time (default 18).</summary>
public sealed class DigestOptions
{
    public const string Section = "Events:Digest";

    public int Hour { get; set; } = 18;

    /// <summary>The first digest time strictly after <paramref name="after"/>: <see cref="Hour"/>:00 on the Paris wall clock.</summary>
    public DateTimeOffset NextRun(DateTimeOffset after)
    {
        var local = ParisTime.ToParis(after);
        var hour = Math.Clamp(Hour, 0, 23);
        var run = ParisTime.FromLocal(local.Date.AddHours(hour));
        return run > after ? run : ParisTime.FromLocal(local.Date.AddDays(1).AddHours(hour));
    }
}
