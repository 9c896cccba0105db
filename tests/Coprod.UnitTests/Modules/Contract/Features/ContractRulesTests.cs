using Coprod.Web.Modules.Contract;
using Coprod.Web.Modules.Contract.Domain;
using Coprod.Web.Modules.Contract.Features;
using Coprod.Web.Platform.Localization;
using Microsoft.Extensions.Configuration;

namespace Coprod.UnitTests.Modules.Contract.Features;

public sealed class ContractRulesTests
{
    private static readonly DateOnly Today = new(2026, 6, 1);

    private static ContractInput Valid() => new(ContractKind.Stspd, "Stratégie territoriale 2026-2028", new DateOnly(2026, 1, 1), new DateOnly(2028, 12, 31),
        "Diagnostic local de sécurité 2025",
        [new SignatoryInput(null, SignatoryRole.Prefet, "Le préfet de l'Isère", null, null, new DateOnly(2026, 2, 1))],
        [new PriorityInput(null, "Tranquillité publique", null, ["snpd2020-axe3-tranquillite"])]);

    private static IDictionary<string, string[]> Errors(ContractInput r) =>
        ContractRules.Check(r, ContractReferences.None, new StrategyTaxonomy(StrategyTaxonomy.Defaults), Today, Localized.In<ContractText>(), Localized.In<UiText>()).Errors;

    [Fact]
    public void Check_Valid_HasNoError() => Assert.Empty(Errors(Valid()));

    [Fact]
    public void Check_EndBeforeStart_Fails() => Assert.Contains("endsOn", Errors(Valid() with { EndsOn = new DateOnly(2025, 12, 1) }).Keys);

    [Fact]
    public void Check_LongerThanTheLimit_Fails() => Assert.Contains("endsOn", Errors(Valid() with { EndsOn = new DateOnly(2036, 1, 1) }).Keys);

    [Fact]
    public void Check_SignatoryWithoutLabel_NamesTheJsonPath() =>
        Assert.Contains("signatories[0].label", Errors(Valid() with { Signatories = [Valid().Signatories![0] with { Label = "" }] }).Keys);

    [Fact]
    public void Check_SignatureInTheFuture_Fails() =>
        Assert.Contains("signatories[0].signedOn", Errors(Valid() with { Signatories = [Valid().Signatories![0] with { SignedOn = Today.AddDays(1) }] }).Keys);

    [Fact]
    public void Check_UnknownInstitutionOrMember_Fails()
    {
        var errors = Errors(Valid() with { Signatories = [Valid().Signatories![0] with { InstitutionId = Guid.NewGuid(), MembershipId = Guid.NewGuid() }] });
        Assert.Contains("signatories[0].institutionId", errors.Keys);
        Assert.Contains("signatories[0].membershipId", errors.Keys);
    }

    [Fact]
    public void Check_UnknownPriorityTag_Fails() =>
        Assert.Contains("priorities[0].tags[0]", Errors(Valid() with { Priorities = [new PriorityInput(null, "Thème", null, ["inventé"])] }).Keys);

    [Fact]
    public void Taxonomy_Default_HasTheFourAxesAndLegacyProgrammes()
    {
        var taxonomy = new StrategyTaxonomy(new ConfigurationBuilder().Build());
        Assert.Equal(4, taxonomy.Tags.Where(t => !t.Legacy).Select(t => t.Group).Distinct().Count());
        Assert.Equal(3, taxonomy.Tags.Count(t => t.Legacy));
        Assert.Contains(taxonomy.Tags, t => t.Label.Contains("Aller vers les personnes vulnérables pour mieux les protéger"));
    }

    [Fact]
    public void Taxonomy_Configured_ReplacesTheDefault()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Contract:Taxonomy:0:Code"] = "local-1",
            ["Contract:Taxonomy:0:Label"] = "Priorité locale",
            ["Contract:Taxonomy:0:Group"] = "Local",
        }).Build();
        var taxonomy = new StrategyTaxonomy(configuration);
        Assert.True(taxonomy.IsKnown("local-1"));
        Assert.False(taxonomy.IsKnown("snpd2020-axe1"));
    }
}
