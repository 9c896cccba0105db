using Coprod.Web.Modules.Partnerships.Domain;
using Coprod.Web.Modules.Territory.Domain;

namespace Coprod.UnitTests.Modules.Territory.Domain;

public sealed class ObligationRulesTests
{
    private readonly ObligationRules _rules = new(new ObligationOptions(), French.Texts());

    private static CommuneFacts Facts(string insee, int population, int qpv = 0, string[]? clspds = null, string[]? cispds = null, bool opposes = false) =>
        new(insee, new Commune(insee, "Commune " + insee, "38", "84", population, ["38000"], null), qpv,
            clspds ?? ["CLSPD test"], cispds ?? [], opposes);

    private IReadOnlyList<Obligation> Clspd(bool hasCoordinator = false, bool hasCddf = false, params CommuneFacts[] communes) =>
        _rules.Evaluate(new ComplianceFacts(PartnershipKind.Clspd, hasCoordinator, hasCddf, 2026, communes));

    private static Obligation Find(IEnumerable<Obligation> obligations, string code, string? insee = null) =>
        obligations.Single(o => o.Code == code && (insee is null || o.CommuneInsee == insee));

    [Theory]
    [InlineData(5_000, ObligationStatus.NotApplicable)]
    [InlineData(5_001, ObligationStatus.Met)]
    public void Clspd_PopulationThreshold_IsMoreThan5000(int population, ObligationStatus expected) =>
        Assert.Equal(expected, Find(Clspd(communes: Facts("38001", population)), ObligationCodes.Clspd).Status);

    [Fact]
    public void Clspd_SmallCommuneWithQpv_IsMandatory()
    {
        var clspd = Find(Clspd(communes: Facts("38001", 3_000, qpv: 1)), ObligationCodes.Clspd);
        Assert.Equal(ObligationStatus.Met, clspd.Status);
        Assert.Equal(1m, clspd.Figures["qpv"]);
        Assert.Contains("1 QPV", clspd.Explanation);
        Assert.Contains("L132-4", clspd.LegalBasis);
    }

    [Fact]
    public void Clspd_MandatoryButNoActivePartnershipCovers_IsNotMet() =>
        Assert.Equal(ObligationStatus.NotMet, Find(Clspd(communes: Facts("38001", 20_000, clspds: [])), ObligationCodes.Clspd).Status);

    [Fact]
    public void Clspd_CommuneCoveredByACispd_IsOptionalUnderL132_13()
    {
        var clspd = Find(Clspd(communes: Facts("38001", 20_000, cispds: ["CISPD Métropole"])), ObligationCodes.Clspd);
        Assert.Equal(ObligationStatus.Optional, clspd.Status);
        Assert.Contains("CISPD Métropole", clspd.Explanation);
        Assert.Contains("L132-13", clspd.LegalBasis);
    }

    [Theory]
    [InlineData(15_000, false, ObligationStatus.NotApplicable)]
    [InlineData(15_001, false, ObligationStatus.NotMet)]
    [InlineData(15_001, true, ObligationStatus.Met)]
    public void Coordinator_Above15000_MustBeNamed(int population, bool hasCoordinator, ObligationStatus expected) =>
        Assert.Equal(expected, Find(Clspd(hasCoordinator, communes: Facts("38001", population)), ObligationCodes.Coordinator).Status);

    [Theory]
    [InlineData(50_000, false, ObligationStatus.NotApplicable)]
    [InlineData(50_001, false, ObligationStatus.NotMet)]
    [InlineData(50_001, true, ObligationStatus.Met)]
    public void Cddf_Above50000_IsMandatory(int population, bool hasCddf, ObligationStatus expected)
    {
        var cddf = Find(Clspd(hasCddf: hasCddf, communes: Facts("38001", population)), ObligationCodes.Cddf);
        Assert.Equal(expected, cddf.Status);
        Assert.Contains("L141-1", cddf.LegalBasis);
    }

    [Fact]
    public void Evaluate_ExplanationIsFrenchWithFrenchNumbers() =>
        Assert.Equal("CDDF obligatoire (60\u202f000 habitants, plus de 50\u202f000) mais non créé.",
            Find(Clspd(communes: Facts("38001", 60_000)), ObligationCodes.Cddf).Explanation);

    [Fact]
    public void Evaluate_EachCommune_GetsItsOwnObligations()
    {
        var obligations = Clspd(communes: [Facts("38001", 60_000), Facts("38002", 1_000)]);
        Assert.Equal(ObligationStatus.NotMet, Find(obligations, ObligationCodes.Cddf, "38001").Status);
        Assert.Equal(ObligationStatus.NotApplicable, Find(obligations, ObligationCodes.Cddf, "38002").Status);
        Assert.DoesNotContain(obligations, o => o.Code == ObligationCodes.CispdOpposition);
    }

    [Theory]
    [InlineData(50_000, 50_000, ObligationStatus.Blocked)]
    [InlineData(49_999, 50_001, ObligationStatus.Met)]
    [InlineData(0, 100_000, ObligationStatus.Met)]
    public void Cispd_OpposingCommunesHoldingHalfThePopulation_BlockIt(int opposing, int others, ObligationStatus expected)
    {
        var facts = new ComplianceFacts(PartnershipKind.Cispd, true, true, 2026,
            [Facts("38001", opposing, cispds: ["CISPD"], opposes: true), Facts("38002", others, cispds: ["CISPD"])]);
        var rule = Find(_rules.Evaluate(facts), ObligationCodes.CispdOpposition);
        Assert.Equal(expected, rule.Status);
        Assert.Null(rule.CommuneInsee);
        Assert.Equal(opposing, rule.Figures["opposingPopulation"]);
        Assert.Equal(100_000m, rule.Figures["totalPopulation"]);
    }

    [Fact]
    public void Evaluate_UnknownCommune_IsReportedNotAssessed()
    {
        var facts = new ComplianceFacts(PartnershipKind.Clspd, false, false, 2026, [new CommuneFacts("99999", null, 0, [], [], false)]);
        var only = Assert.Single(_rules.Evaluate(facts));
        Assert.Equal(ObligationCodes.UnknownCommune, only.Code);
        Assert.Equal(ObligationStatus.NotApplicable, only.Status);
    }

    [Fact]
    public void Evaluate_Cdpd_HasNoCommuneObligations() =>
        Assert.Empty(_rules.Evaluate(new ComplianceFacts(PartnershipKind.Cdpd, false, false, 2026, [Facts("38001", 90_000)])));

    [Fact]
    public void Options_ConfiguredThreshold_ReplacesTheDefault()
    {
        var options = new ObligationOptions { Coordinator = new PopulationRule { Population = 10_000, LegalBasis = "Arrêté local" } };
        var rules = new ObligationRules(options, French.Texts());
        var coordinator = Find(rules.Evaluate(new ComplianceFacts(PartnershipKind.Clspd, false, false, 2026, [Facts("38001", 12_000)])), ObligationCodes.Coordinator);
        Assert.Equal(ObligationStatus.NotMet, coordinator.Status);
        Assert.Equal("Arrêté local", coordinator.LegalBasis);
    }

    [Theory]
    [InlineData(0, 0, false)]
    [InlineData(100, 50, true)]
    [InlineData(100, 49, false)]
    public void CispdOpposition_HalfOfAPositivePopulation_Blocks(long total, long opposing, bool blocked) =>
        Assert.Equal(blocked, CispdOpposition.IsBlocked(total, opposing, 0.5m));
}
