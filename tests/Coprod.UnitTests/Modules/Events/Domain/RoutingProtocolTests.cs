using Coprod.Web.Modules.Events.Domain;
using Coprod.Web.Platform;

namespace Coprod.UnitTests.Modules.Events.Domain;

public sealed class RoutingProtocolTests
{
    private static readonly Guid Police = Guid.NewGuid();
    private static readonly Guid TownHall = Guid.NewGuid();
    private static readonly Guid Mediation = Guid.NewGuid();
    private static readonly Guid Quartier = Guid.NewGuid();

    private static DateTimeOffset Paris(int hour, int minute = 0) => ParisTime.FromLocal(new DateTime(2026, 11, 20, hour, minute, 0));

    private static RoutedEvent Event(string category = "rodeo", EventSeverity severity = EventSeverity.Grave, string commune = "38151", Guid? area = null, int hour = 12) =>
        new(category, severity, commune, area is { } a ? new HashSet<Guid> { a } : [], Paris(hour));

    private static RoutingRule Rule(params Guid[] targets) => new() { Id = Guid.NewGuid(), Name = "Règle", Targets = [.. targets] };

    [Fact]
    public void Matches_EmptyLists_MeanEveryCategoryAndTheWholeTerritory() => Assert.True(RoutingProtocol.Matches(Rule(Police), Event()));

    [Fact]
    public void Matches_CategoryCommuneAreaAndSeverity_AllMustHold()
    {
        var rule = Rule(Police);
        rule.Categories = ["rodeo"];
        rule.Communes = ["38185"];
        rule.Areas = [Quartier];
        rule.MinimumSeverity = EventSeverity.Grave;
        Assert.True(RoutingProtocol.Matches(rule, Event(commune: "38185")));
        Assert.True(RoutingProtocol.Matches(rule, Event(area: Quartier)));
        Assert.False(RoutingProtocol.Matches(rule, Event()));
        Assert.False(RoutingProtocol.Matches(rule, Event(category: "tags", commune: "38185")));
        Assert.False(RoutingProtocol.Matches(rule, Event(severity: EventSeverity.Moyenne, commune: "38185")));
        rule.IsActive = false;
        Assert.False(RoutingProtocol.Matches(rule, Event(commune: "38185")));
    }

    [Theory]
    [InlineData(22, 0, true)]
    [InlineData(23, 59, true)]
    [InlineData(5, 59, true)]
    [InlineData(6, 0, false)]
    [InlineData(21, 59, false)]
    public void InHours_AcrossMidnight_ParisWallClock(int hour, int minute, bool inside) =>
        Assert.Equal(inside, RoutingProtocol.InHours(new TimeOnly(22, 0), new TimeOnly(6, 0), Paris(hour, minute)));

    [Fact]
    public void InHours_SameDay_EndExclusive()
    {
        Assert.True(RoutingProtocol.InHours(new TimeOnly(8, 0), new TimeOnly(20, 0), Paris(8)));
        Assert.False(RoutingProtocol.InHours(new TimeOnly(8, 0), new TimeOnly(20, 0), Paris(20)));
    }

    [Fact]
    public void Recipients_OutsidePresence_AbsentTargetGivesWayToOnCall_PresentTargetToNobody()
    {
        var rule = Rule(Police);
        rule.Window = RoutingWindow.OutsidePresence;
        var night = RoutingProtocol.Recipients([rule], new PlaceAtTime(new HashSet<Guid>(), [TownHall]), null);
        Assert.Equal(new RoutedRecipient(TownHall, DeliveryMode.Immediate, rule.Id, DeliveryReason.OnCall, Police), Assert.Single(night));
        Assert.Empty(RoutingProtocol.Recipients([rule], new PlaceAtTime(new HashSet<Guid> { Police }, [TownHall]), null));
        Assert.Equal(DeliveryReason.NobodyOnCall, Assert.Single(RoutingProtocol.Recipients([rule], new PlaceAtTime(new HashSet<Guid>(), []), null)).Reason);
    }

    [Fact]
    public void Recipients_OnceEach_ImmediateWins_ReporterExcluded()
    {
        var digest = Rule(Police, Mediation);
        digest.Name = "A";
        digest.Mode = DeliveryMode.Digest;
        var immediate = Rule(Police);
        immediate.Name = "B";
        var recipients = RoutingProtocol.Recipients([digest, immediate], null, Mediation);
        var police = Assert.Single(recipients);
        Assert.Equal(DeliveryMode.Immediate, police.Mode);
        Assert.Equal(immediate.Id, police.RuleId);
    }
}
