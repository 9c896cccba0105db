namespace Coprod.IntegrationTests;

/// <summary>A clock stopped at <paramref name="now"/>, for a host whose data depends on the day it starts.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
