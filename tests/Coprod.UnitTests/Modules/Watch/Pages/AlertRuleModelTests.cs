using Coprod.Web.Modules.Watch.Domain;
using Coprod.Web.Modules.Watch.Features;
using Coprod.Web.Modules.Watch.Pages.Alerts;

namespace Coprod.UnitTests.Modules.Watch.Pages;

public sealed class AlertRuleModelTests
{
    [Fact]
    public void ToInput_SendsOnlyTheFieldsOfTheChosenKindAndScope()
    {
        var area = Guid.NewGuid();
        var model = new AlertRuleModel
        {
            Name = "Rodéos",
            Kind = AlertRuleKind.Spike,
            Category = "rodeo",
            Scope = AlertScope.Area,
            Area = area.ToString(),
            Commune = "38151",
            Threshold = 4,
            WindowDays = 7,
            Sigmas = 2.5,
        };

        var input = model.ToInput();

        Assert.Equal((area, (string?)null, (int?)null, (int?)null, (double?)2.5), (input.AreaId!.Value, input.Commune, input.Threshold, input.WindowDays, input.Sigmas));
        Assert.Equal("rodeo", input.Category);
    }

    [Fact]
    public void OfAndToInput_RoundTripAFixedRuleOnAllCategories()
    {
        var version = Guid.NewGuid();
        var dto = new AlertRuleDto(Guid.NewGuid(), "Incendies", AlertRuleKind.Fixed, null, "Toutes catégories", AlertScope.Commune, "38185", null, "Grenoble",
            10, 3, null, null, null, false, version);

        var input = AlertRuleModel.Of(dto).ToInput();

        Assert.Equal(("Incendies", AlertRuleKind.Fixed, (string?)null, AlertScope.Commune, "38185"), (input.Name, input.Kind!.Value, input.Category, input.Scope!.Value, input.Commune));
        Assert.Equal((10, 3, false, version), (input.Threshold!.Value, input.WindowDays!.Value, input.IsActive!.Value, input.Version!.Value));
    }
}
