using Coprod.Web.Modules.Contract;
using Coprod.Web.Modules.Contract.Domain;
using Coprod.Web.Modules.Contract.Features;
using Coprod.Web.Platform.Localization;

namespace Coprod.UnitTests.Modules.Contract.Features;

public sealed class SheetChecksTests
{
    private static readonly Guid Pilot = Guid.NewGuid();
    private static readonly Guid Partner = Guid.NewGuid();
    private static readonly Guid PriorityId = Guid.NewGuid();
    private static readonly Guid AreaId = Guid.NewGuid();

    private static readonly LocalContract Contract = new()
    {
        StartsOn = new DateOnly(2026, 1, 1),
        EndsOn = new DateOnly(2028, 12, 31),
        Priorities = [new ContractPriority { Id = PriorityId, Title = "Tranquillité publique" }],
    };

    private static readonly ContractReferences Refs = new(
        new Dictionary<Guid, string> { [Pilot] = "Ville", [Partner] = "Association" }, new Dictionary<Guid, string>(), new HashSet<string> { "38151" },
        new Dictionary<Guid, string> { [AreaId] = "Village Sud" }, new HashSet<string> { "rodeo" });

    private static SheetInput Valid() => SheetQualityTests.Complete() with { PriorityId = PriorityId, PilotInstitutionId = Pilot, CoPartnerIds = [Partner] };

    private static IDictionary<string, string[]> Errors(SheetInput s) =>
        SheetChecks.Check(s, Contract, Refs, new StrategyTaxonomy(StrategyTaxonomy.Defaults), Localized.In<ContractText>(), Localized.In<UiText>()).Errors;

    private static void Fails(SheetInput s, string field, string? message = null)
    {
        var errors = Errors(s);
        Assert.True(errors.ContainsKey(field), $"expected an error on {field}, got {string.Join(", ", errors.Keys)}");
        if (message is not null)
        {
            Assert.Contains(errors[field], m => m.Replace('\u202F', ' ').Replace('\u00A0', ' ').Contains(message));
        }
    }

    [Fact]
    public void Check_ValidSheet_HasNoError() => Assert.Empty(Errors(Valid()));

    [Fact]
    public void Check_IncompleteSheet_IsNotAnError() =>
        Assert.Empty(Errors(new SheetInput(PriorityId, "Fiche à préciser", null, null, null, null, null, null, null, null, null, null, null, null)));

    [Fact]
    public void Check_NoTitle_Fails() => Fails(Valid() with { Title = " " }, "title");

    [Fact]
    public void Check_PriorityOfAnotherContract_Fails() => Fails(Valid() with { PriorityId = Guid.NewGuid() }, "priorityId");

    [Fact]
    public void Check_CommuneOutsideThePartnership_Fails() => Fails(Valid() with { Communes = ["38151", "75056"] }, "communes[1]");

    [Fact]
    public void Check_AreaOutsideThePartnership_Fails() => Fails(Valid() with { AreaIds = [Guid.NewGuid()] }, "areaIds[0]");

    [Fact]
    public void Check_InstitutionsOutsideThePartnership_Fail()
    {
        Fails(Valid() with { PilotInstitutionId = Guid.NewGuid() }, "pilotInstitutionId");
        Fails(Valid() with { CoPartnerIds = [Partner, Guid.NewGuid()] }, "coPartnerIds[1]");
        Fails(Valid() with { Funding = [new FundingInput(null, Guid.NewGuid(), 12000m)] }, "funding[0].funderInstitutionId");
        Fails(Valid() with { Indicators = [Valid().Indicators![0] with { ResponsibleInstitutionId = Guid.NewGuid() }] }, "indicators[0].responsibleInstitutionId");
    }

    [Fact]
    public void Check_NegativeCost_Fails() => Fails(Valid() with { Cost = -1m, Funding = [] }, "cost");

    [Fact]
    public void Check_FundingAmountZero_Fails() => Fails(Valid() with { Funding = [new FundingInput("FIPD", null, 0m)] }, "funding[0].amount");

    [Fact]
    public void Check_FundingWithoutFunder_Fails() => Fails(Valid() with { Funding = [new FundingInput(" ", null, 12000m)] }, "funding[0].funder");

    [Fact]
    public void Check_FundingNotEqualToCost_SaysTheDifferenceInEuros() =>
        Fails(Valid() with { Cost = 15000m }, "funding", "Les financements totalisent 12 000 € pour un coût de 15 000 € : écart de 3 000 €");

    [Fact]
    public void Check_FundingWithoutCost_AsksForTheCost() => Fails(Valid() with { Cost = null }, "cost");

    [Fact]
    public void Check_MilestoneWithoutLabelOrDate_Fails()
    {
        Fails(Valid() with { Milestones = [new MilestoneInput(null, "", new DateOnly(2026, 5, 1))] }, "milestones[0].label");
        Fails(Valid() with { Milestones = [new MilestoneInput(null, "Lancement", null)] }, "milestones[0].dueOn");
    }

    [Fact]
    public void Check_MilestoneOutsideTheContract_Fails() =>
        Fails(Valid() with { Milestones = [new MilestoneInput(null, "Bilan", new DateOnly(2029, 1, 15))] }, "milestones[0].dueOn", "pendant le contrat");

    [Fact]
    public void Check_IndicatorWithoutKindNameUnitOrFrequency_Fails()
    {
        var bare = new IndicatorInput(null, null, "", " ", null, null, null, null);
        var errors = Errors(Valid() with { Indicators = [bare] });
        Assert.Superset(new HashSet<string> { "indicators[0].kind", "indicators[0].name", "indicators[0].unit", "indicators[0].frequency" }, errors.Keys.ToHashSet());
    }

    [Fact]
    public void Check_NegativeBaselineOrTarget_Fails()
    {
        Fails(Valid() with { Indicators = [Valid().Indicators![0] with { Baseline = -1m }] }, "indicators[0].baseline");
        Fails(Valid() with { Indicators = [Valid().Indicators![0] with { Target = -5m }] }, "indicators[0].target");
    }

    [Fact]
    public void Check_TargetEqualToBaseline_Fails() =>
        Fails(Valid() with { Indicators = [Valid().Indicators![0] with { Baseline = 10m, Target = 10m }] }, "indicators[0].target", "La cible doit différer");

    [Fact]
    public void Check_PercentOutOfRange_Fails() =>
        Fails(Valid() with { Indicators = [Valid().Indicators![0] with { Unit = "%", Baseline = 40m, Target = 120m }] }, "indicators[0].target");

    [Fact]
    public void Check_EventCountIndicator_NeedsNoValues_AndItsCategoryIsChecked()
    {
        var counted = new IndicatorInput(null, IndicatorKind.Result, "Rodéos signalés", "événements", "Module événements", null, null, IndicatorFrequency.Monthly,
            IndicatorComputation.EventCount, "rodeo");
        Assert.Empty(Errors(Valid() with { Indicators = [counted] }));
        Fails(Valid() with { Indicators = [counted with { EventCategoryCode = "inconnue" }] }, "indicators[0].eventCategoryCode");
    }

    [Fact]
    public void Check_TooLongOrTooMany_Fails()
    {
        Fails(Valid() with { Title = new string('a', ContractLimits.Title + 1) }, "title");
        Fails(Valid() with { Milestones = Enumerable.Range(0, ContractLimits.Milestones + 1).Select(_ => new MilestoneInput(null, "x", new DateOnly(2026, 2, 1))).ToList() },
            "milestones");
        Fails(Valid() with { Indicators = [Valid().Indicators![0] with { Unit = new string('u', ContractLimits.Unit + 1) }] }, "indicators[0].unit");
    }

    [Fact]
    public void Check_UnknownTag_Fails() => Fails(Valid() with { Tags = ["snpd2020-axe1", "inventé"] }, "tags[1]");
}
