using Coprod.Web.Platform.Audit;

namespace Coprod.UnitTests.Platform;

public sealed class AuditHashTests
{
    private static AuditRecord Record() => new()
    {
        Sequence = 1,
        At = DateTimeOffset.FromUnixTimeMilliseconds(1_700_000_000_000),
        Type = AuditEventType.SignInSucceeded,
        ActorId = Guid.Parse("7c9e6679-7425-40de-944b-e07fc1f90ae7"),
        PreviousHash = AuditHash.Genesis,
    };

    [Fact]
    public void Compute_SameRecord_GivesSameHash() => Assert.Equal(AuditHash.Compute(Record()), AuditHash.Compute(Record()));

    [Fact]
    public void Compute_AnyFieldChanged_GivesAnotherHash()
    {
        var original = AuditHash.Compute(Record());
        var edited = Record();
        edited.Type = AuditEventType.SignInFailed;
        Assert.NotEqual(original, AuditHash.Compute(edited));
        var relinked = Record();
        relinked.PreviousHash = new string('1', 64);
        Assert.NotEqual(original, AuditHash.Compute(relinked));
    }
}
