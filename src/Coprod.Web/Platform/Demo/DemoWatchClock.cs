namespace Coprod.Web.Platform.Demo;

/// <summary>A clock the demo sets to a past instant, so that a replayed action of the watch procedure carries the date it would have had.</summary>
internal sealed class DemoWatchClock : TimeProvider
{
    public DateTimeOffset Now { get; set; }

    public override DateTimeOffset GetUtcNow() => Now;
}
