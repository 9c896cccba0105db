using Coprod.Web.Modules.Events.Features;
using Coprod.Web.Modules.Territory.Data;
using Coprod.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Coprod.IntegrationTests.ApiAssert;
using static Coprod.IntegrationTests.Modules.Events.RoutingTestData;

namespace Coprod.IntegrationTests.Modules.Events;

/// <summary>The per-request reference data of the intake gives what the tables hold, reads each piece once, and lives one scope.</summary>
public sealed class EventReferenceDataTests(AppFactory app)
{
    [Fact]
    public async Task ReferenceData_GivesWhatTheTablesHold_AndTheSameObjectsOnEveryLaterCall()
    {
        var world = await EventsWorld.CreateAsync(app);
        await world.RuleOkAsync(Rule([world.PoliceMunicipale.Id], areas: [world.QuartierId]));
        var id = world.Partnership.Id;
        await using var scope = app.Services.CreateAsyncScope();
        var reference = scope.ServiceProvider.GetRequiredService<EventReferenceData>();
        var db = scope.ServiceProvider.GetRequiredService<CoprodDbContext>();

        var categories = await reference.CategoriesAsync(id, Ct);
        var direct = await scope.ServiceProvider.GetRequiredService<EventCategories>().LoadAsync(id, Ct);
        Assert.Equal(direct.Select(c => (c.Id, c.Code, c.Label, c.IsActive, c.Rank)), categories.Select(c => (c.Id, c.Code, c.Label, c.IsActive, c.Rank)));
        Assert.Same(categories, await reference.CategoriesAsync(id, Ct));
        Assert.Equal(categories.Select(c => c.Id).Order(), (await reference.CategoriesByIdAsync(id, Ct)).Keys.Order());

        var territory = await reference.TerritoryAsync(id, Ct);
        Assert.Equal([EventsWorld.Echirolles, EventsWorld.Grenoble], territory.Communes.Order());
        Assert.Same(await scope.ServiceProvider.GetRequiredService<AreaIndexCache>().GetAsync(db, id, Ct), territory.Areas);
        Assert.Contains(territory.Areas.Areas, a => a.Area.Id == world.QuartierId);
        Assert.Same(territory, await reference.TerritoryAsync(id, Ct));

        var rule = Assert.Single(await reference.RulesAsync(id, Ct));
        Assert.Equal([world.PoliceMunicipale.Id], rule.Targets);
        var institutions = await reference.InstitutionsAsync(id, Ct);
        Assert.Equal(await db.Set<Coprod.Web.Modules.Directory.Domain.Institution>().Where(i => i.PartnershipId == id).ToDictionaryAsync(i => i.Id, i => i.Name, Ct),
            institutions);
        Assert.Same(institutions, await reference.InstitutionsAsync(id, Ct));
    }

    [Fact]
    public async Task ReferenceData_IsOneScopesSnapshot_AndTheNextScopeSeesChanges()
    {
        var world = await EventsWorld.CreateAsync(app);
        await world.RuleOkAsync(Rule([world.PoliceMunicipale.Id], "A"));
        await using var first = app.Services.CreateAsyncScope();
        var before = first.ServiceProvider.GetRequiredService<EventReferenceData>();
        Assert.Single(await before.RulesAsync(world.Partnership.Id, Ct));

        await world.RuleOkAsync(Rule([world.Commune.Id], "B"));

        Assert.Single(await before.RulesAsync(world.Partnership.Id, Ct));
        await using var next = app.Services.CreateAsyncScope();
        Assert.Equal(2, (await next.ServiceProvider.GetRequiredService<EventReferenceData>().RulesAsync(world.Partnership.Id, Ct)).Count);
    }

    [Fact]
    public async Task ReferenceData_OfAPartnershipWithoutAreas_HasItsCommunesAndAnEmptyIndex_AndOfAnUnknownOneNothing()
    {
        var partnership = await app.CreatePartnershipAsync(Coprod.Web.Modules.Partnerships.Domain.PartnershipKind.Clspd, EventsWorld.Grenoble);
        await using var scope = app.Services.CreateAsyncScope();
        var reference = scope.ServiceProvider.GetRequiredService<EventReferenceData>();

        var territory = await reference.TerritoryAsync(partnership.Id, Ct);
        Assert.Equal([EventsWorld.Grenoble], territory.Communes);
        Assert.Empty(territory.Areas.Areas);
        var unknown = await reference.TerritoryAsync(Guid.NewGuid(), Ct);
        Assert.Empty(unknown.Communes);
        Assert.Empty(unknown.Areas.Areas);
    }
}
