using Coprod.Web.Modules.Contract;
using Coprod.Web.Modules.Contract.Domain;
using Coprod.Web.Modules.Contract.Features;

namespace Coprod.UnitTests.Modules.Contract.Features;

public sealed class SheetQualityTests
{
    private static readonly Guid Pilot = Guid.NewGuid();
    private static readonly Guid Partner = Guid.NewGuid();

    /// <summary>A complete sheet: every rule is broken from here, one at a time.</summary>
    internal static SheetInput Complete() => new(
        Guid.NewGuid(), "Médiation de nuit au parc", "Réduire de 30 % les appels pour nuisances nocturnes au parc d'ici juin 2027", "Jeunes de 16 à 25 ans",
        ["38151"], [], Pilot, [Partner], null, 12000m,
        [new MilestoneInput(null, "Recrutement des médiateurs", new DateOnly(2026, 3, 1))],
        [new FundingInput("FIPD", null, 8000m), new FundingInput("Ville", null, 4000m)],
        [
            new IndicatorInput(null, IndicatorKind.Result, "Appels pour nuisances", "appels", "Police municipale", 120m, 84m, IndicatorFrequency.Quarterly),
            new IndicatorInput(null, IndicatorKind.Execution, "Soirées de médiation", "soirées", "Association", null, 40m, IndicatorFrequency.Monthly),
        ],
        []);

    private static IReadOnlyList<string> Missing(SheetInput s) => SheetQuality.Find(s).Where(f => f.Blocking).Select(f => f.Code).ToList();

    private static IReadOnlyList<string> Warnings(SheetInput s) => SheetQuality.Find(s).Where(f => !f.Blocking).Select(f => f.Code).ToList();

    [Fact]
    public void Find_CompleteSheet_NothingMissingNoWarning()
    {
        Assert.Empty(SheetQuality.Find(Complete()));
        Assert.True(SheetQuality.IsComplete(Complete()));
    }

    [Fact]
    public void Find_NoObjective_IsMissing() => Assert.Equal(["objective_missing"], Missing(Complete() with { Objective = "  " }));

    [Fact]
    public void Find_VagueVerbWithoutFigure_QuotesTheVerb()
    {
        var finding = Assert.Single(SheetQuality.Find(Complete() with { Objective = "Renforcer la tranquillité publique au parc" }), f => f.Blocking);
        Assert.Equal("objective_vague", finding.Code);
        Assert.Equal("Renforcer", finding.Argument);
    }

    [Theory]
    [InlineData("Lutter contre les rodéos urbains", "Lutter contre")]
    [InlineData("Favoriser l'insertion des jeunes", "Favoriser")]
    [InlineData("Poursuivre le travail partenarial", "Poursuivre")]
    [InlineData("Sensibiliser les collégiens au harcèlement", "Sensibiliser")]
    [InlineData("Accompagner les victimes", "Accompagner")]
    [InlineData("Améliorer la prise en charge", "Améliorer")]
    [InlineData("Développer la médiation", "Développer")]
    [InlineData("Promouvoir la citoyenneté", "Promouvoir")]
    public void VagueWord_FindsEachVagueVerb(string objective, string word) => Assert.Equal(word, SheetQuality.VagueWord(objective));

    [Fact]
    public void Find_NoFigureNoVagueVerb_IsNotMeasurable() =>
        Assert.Equal(["objective_not_measurable"], Missing(Complete() with { Objective = "Mettre en place une médiation de nuit" }));

    [Theory]
    [InlineData("Accueillir 50 jeunes par an")]
    [InlineData("Réduire de 20 % les dégradations")]
    [InlineData("Ouvrir le point d'accueil avant septembre 2026")]
    public void Find_ObjectiveWithAFigureOrADate_IsMeasurable(string objective) => Assert.Empty(Missing(Complete() with { Objective = objective }));

    [Fact]
    public void Find_VagueVerbBesideAFigure_IsOnlyAWarning()
    {
        var s = Complete() with { Objective = "Renforcer la présence : 40 soirées de médiation par an" };
        Assert.Empty(Missing(s));
        Assert.Equal(["vague_verb"], Warnings(s));
    }

    [Fact]
    public void Find_NoMilestone_CalendarIsMissing() => Assert.Equal(["calendar_missing"], Missing(Complete() with { Milestones = [] }));

    [Fact]
    public void Find_NoCost_IsMissing_ButZeroIsAllowedWithoutFunding()
    {
        Assert.Equal(["cost_missing"], Missing(Complete() with { Cost = null, Funding = [] }));
        Assert.Empty(Missing(Complete() with { Cost = 0m, Funding = [] }));
    }

    [Fact]
    public void Find_CostWithoutFunding_FundingPlanIsMissing() => Assert.Equal(["funding_missing"], Missing(Complete() with { Funding = [] }));

    [Fact]
    public void Find_NoPilot_IsMissing() => Assert.Equal(["pilot_missing"], Missing(Complete() with { PilotInstitutionId = null }));

    [Fact]
    public void Find_NoResultIndicator_IsMissing() =>
        Assert.Equal(["result_indicator_missing"], Missing(Complete() with { Indicators = [Complete().Indicators![1]] }));

    [Fact]
    public void Find_ResultIndicatorWithoutBaseline_IsMissingOnThatIndicator()
    {
        var s = Complete() with { Indicators = [Complete().Indicators![1], Complete().Indicators![0] with { Baseline = null }] };
        var finding = Assert.Single(SheetQuality.Find(s), f => f.Blocking);
        Assert.Equal("result_indicator_unmeasured", finding.Code);
        Assert.Equal("indicators[1]", finding.Field);
    }

    [Fact]
    public void Find_NoCoPartner_WarnsOfTheCatalogue_WithoutBlocking()
    {
        var s = Complete() with { CoPartnerIds = [] };
        Assert.Empty(Missing(s));
        Assert.Equal(["single_institution"], Warnings(s));
    }

    [Fact]
    public void Find_NoExecutionIndicator_Warns() =>
        Assert.Equal(["execution_indicator_missing"], Warnings(Complete() with { Indicators = [Complete().Indicators![0]] }));

    [Fact]
    public void Find_NoTerritory_Warns() => Assert.Equal(["territory_missing"], Warnings(Complete() with { Communes = [], AreaIds = [] }));

    [Fact]
    public void Report_InFrench_SaysWhatIsMissingAndHowToFixIt()
    {
        var report = SheetQuality.Report(Complete() with { Objective = "Lutter contre les incivilités", CoPartnerIds = [] }, Localized.In<ContractText>());
        Assert.False(report.Complete);
        var missing = Assert.Single(report.Missing);
        Assert.Equal("objective", missing.Field);
        Assert.Contains("« Lutter contre »", missing.Message);
        Assert.Contains("Ajoutez un chiffre", missing.Message);
        Assert.Contains("symptôme du catalogue", Assert.Single(report.Warnings).Message);
    }

    [Fact]
    public void Report_InEnglish_IsTranslated() =>
        Assert.StartsWith("Calendar missing", Assert.Single(SheetQuality.Report(Complete() with { Milestones = [] }, Localized.In<ContractText>("en-GB")).Missing).Message);
}
