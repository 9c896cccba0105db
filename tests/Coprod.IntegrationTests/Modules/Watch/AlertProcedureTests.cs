using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Coprod.Web.Modules.Directory.Domain;
using Coprod.Web.Modules.Partnerships.Domain;
using Coprod.Web.Modules.Watch.Domain;
using Microsoft.EntityFrameworkCore;
using static Coprod.IntegrationTests.ApiAssert;

namespace Coprod.IntegrationTests.Modules.Watch;

/// <summary>VEI-2: the watch procedure an alert opens — mobilised, checklist, log, closure — and who may act on it.</summary>
public sealed class AlertProcedureTests(AppFactory app)
{
    private static Task<WatchAlert> LoadAsync(WatchWorld world, Guid alertId) => world.App.WithDbAsync(db => db.Set<WatchAlert>().AsNoTracking()
        .Include(a => a.Mobilised).Include(a => a.Checklist).Include(a => a.Log).AsSplitQuery().SingleAsync(a => a.Id == alertId, Ct));

    private static async Task<(WatchWorld World, Guid AlertId)> InProcedureAsync(AppFactory app)
    {
        var world = await WatchWorld.CreateAsync(app);
        var alertId = await world.RaiseSpikeAsync();
        await world.OpenAsync(alertId);
        return (world, alertId);
    }

    [Fact]
    public async Task Open_AsCellMember_OpensTheProcedure_WithTheUsualChecklist()
    {
        var world = await WatchWorld.CreateAsync(app);
        var alertId = await world.RaiseSpikeAsync();

        var details = await OkAsync<JsonElement>(await world.CellPartner.PostAsJsonAsync(world.Alert(alertId, "/procedure"), new { }, Ct));

        Assert.Equal("InProcedure", details.GetProperty("alert").GetProperty("status").GetString());
        Assert.Equal(5, details.GetProperty("checklist").GetArrayLength());
        Assert.Equal("Vérifier les faits auprès des partenaires concernés", details.GetProperty("checklist")[0].GetProperty("text").GetString());
        Assert.Equal("Procédure ouverte", Assert.Single(details.GetProperty("log").EnumerateArray()).GetProperty("text").GetString());
    }

    [Fact]
    public async Task Open_AsPartnerOutsideTheCell_Returns403_AndTwice_Returns409()
    {
        var world = await WatchWorld.CreateAsync(app);
        var alertId = await world.RaiseSpikeAsync();

        Assert.Equal(HttpStatusCode.Forbidden, (await world.Partner.PostAsJsonAsync(world.Alert(alertId, "/procedure"), new { }, Ct)).StatusCode);
        Assert.Equal(AlertStatus.Open, (await LoadAsync(world, alertId)).Status);
        await world.OpenAsync(alertId);
        await ProblemAsync(await world.Coordinator.PostAsJsonAsync(world.Alert(alertId, "/procedure"), new { }, Ct), HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Open_WithABadMobilisation_Returns400_AndChangesNothing()
    {
        var world = await WatchWorld.CreateAsync(app);
        var alertId = await world.RaiseSpikeAsync();

        var response = await world.Coordinator.PostAsJsonAsync(world.Alert(alertId, "/procedure"),
            new { mobilised = new[] { new { institutionId = world.Police.Id, membershipId = Guid.NewGuid(), role = "Patrouilles" } } }, Ct);

        await ProblemAsync(response, HttpStatusCode.BadRequest, "mobilised[0].institutionId");
        var alert = await LoadAsync(world, alertId);
        Assert.Equal(AlertStatus.Open, alert.Status);
        Assert.Empty(alert.Checklist);
        Assert.Empty(alert.Log);
    }

    [Fact]
    public async Task Mobilise_AsParquet_AddsAnInstitution_AMemberAndADirectoryPerson()
    {
        var (world, alertId) = await InProcedureAsync(app);
        var membershipId = await app.WithDbAsync(db => db.Set<Membership>().Where(m => m.UserId == world.PartnerUser.Id).Select(m => m.Id).SingleAsync(Ct));
        var person = new DirectoryPerson
        {
            Id = Guid.NewGuid(),
            PartnershipId = world.Partnership.Id,
            FirstName = "Camille",
            LastName = "Durand",
            Function = "Médiatrice",
            InstitutionId = world.Landlord.Id,
            StartsOn = new DateOnly(2024, 1, 1),
        };
        await app.WithDbAsync(async db => { db.Add(person); await db.SaveChangesAsync(Ct); });

        await OkAsync<JsonElement>(await world.Parquet.PostAsJsonAsync(world.Alert(alertId, "/mobilised"), new { institutionId = world.Commune.Id, role = "Éclairage public réparé" }, Ct));
        await OkAsync<JsonElement>(await world.Parquet.PostAsJsonAsync(world.Alert(alertId, "/mobilised"), new { membershipId, role = "Patrouilles en soirée" }, Ct));
        var details = await OkAsync<JsonElement>(await world.Parquet.PostAsJsonAsync(world.Alert(alertId, "/mobilised"), new { personId = person.Id, role = "Présence de médiation" }, Ct));

        var names = details.GetProperty("mobilised").EnumerateArray().Select(m => m.GetProperty("name").GetString()).ToList();
        Assert.Equal(["Ville d'Échirolles", $"{world.PartnerUser.DisplayName} (Police municipale)", "Camille Durand, Médiatrice (Bailleur social)"], names);
        Assert.Single(await OkAsync<JsonElement[]>(await world.Partner.GetAsync($"{world.Base}/alerts", Ct)));
    }

    [Theory]
    [InlineData("{ \"role\": \"Patrouilles\" }", "institutionId")]
    [InlineData("{ \"institutionId\": \"00000000-0000-0000-0000-000000000001\", \"role\": \"Patrouilles\" }", "institutionId")]
    [InlineData("{ \"personId\": \"00000000-0000-0000-0000-000000000001\", \"role\": \"Patrouilles\" }", "personId")]
    [InlineData("{ \"institutionId\": \"INSTITUTION\" }", "role")]
    public async Task Mobilise_WithBadInput_Returns400OnTheField_AndAddsNothing(string body, string field)
    {
        var (world, alertId) = await InProcedureAsync(app);

        var response = await world.Coordinator.PostAsync(world.Alert(alertId, "/mobilised"), RawJson(body.Replace("INSTITUTION", world.Police.Id.ToString())), Ct);

        await ProblemAsync(response, HttpStatusCode.BadRequest, field);
        Assert.Empty((await LoadAsync(world, alertId)).Mobilised);
    }

    [Fact]
    public async Task Mobilise_TheSameInstitutionTwice_Returns400()
    {
        var (world, alertId) = await InProcedureAsync(app);
        var body = new { institutionId = world.Police.Id, role = "Patrouilles" };
        await OkAsync<JsonElement>(await world.Coordinator.PostAsJsonAsync(world.Alert(alertId, "/mobilised"), body, Ct));

        await ProblemAsync(await world.Coordinator.PostAsJsonAsync(world.Alert(alertId, "/mobilised"), body, Ct), HttpStatusCode.BadRequest, "institutionId");
        Assert.Single((await LoadAsync(world, alertId)).Mobilised);
    }

    [Fact]
    public async Task Mobilise_BeforeTheProcedureIsOpen_Returns409_AndAsFieldAgent_Returns403()
    {
        var world = await WatchWorld.CreateAsync(app);
        var alertId = await world.RaiseSpikeAsync();
        var body = new { institutionId = world.Police.Id, role = "Patrouilles" };

        await ProblemAsync(await world.Coordinator.PostAsJsonAsync(world.Alert(alertId, "/mobilised"), body, Ct), HttpStatusCode.Conflict);
        await world.OpenAsync(alertId);
        Assert.Equal(HttpStatusCode.Forbidden, (await world.Agent.PostAsJsonAsync(world.Alert(alertId, "/mobilised"), body, Ct)).StatusCode);
        Assert.Empty((await LoadAsync(world, alertId)).Mobilised);
    }

    [Fact]
    public async Task StandDown_AsEtat_RemovesTheMobilisation_AndLogsIt()
    {
        var (world, alertId) = await InProcedureAsync(app);
        var added = await OkAsync<JsonElement>(await world.Coordinator.PostAsJsonAsync(world.Alert(alertId, "/mobilised"), new { institutionId = world.Police.Id, role = "Patrouilles" }, Ct));
        var id = added.GetProperty("mobilised")[0].GetProperty("id").GetGuid();

        Assert.Equal(HttpStatusCode.Forbidden, (await world.Partner.DeleteAsync(world.Alert(alertId, $"/mobilised/{id}"), Ct)).StatusCode);
        var details = await OkAsync<JsonElement>(await world.Etat.DeleteAsync(world.Alert(alertId, $"/mobilised/{id}"), Ct));
        await ProblemAsync(await world.Etat.DeleteAsync(world.Alert(alertId, $"/mobilised/{id}"), Ct), HttpStatusCode.NotFound);

        Assert.Equal(0, details.GetProperty("mobilised").GetArrayLength());
        Assert.Equal("Mobilisation retirée", details.GetProperty("log")[0].GetProperty("text").GetString());
    }

    [Fact]
    public async Task Checklist_AsPresident_AddsAndTicksAStep_WithWhoAndWhen()
    {
        var (world, alertId) = await InProcedureAsync(app);

        var added = await OkAsync<JsonElement>(await world.President.PostAsJsonAsync(world.Alert(alertId, "/checklist"), new { text = "Réunir les gardiens du secteur" }, Ct));
        var item = added.GetProperty("checklist")[5];
        var ticked = await OkAsync<JsonElement>(await world.President.PutAsJsonAsync(world.Alert(alertId, $"/checklist/{item.GetProperty("id").GetGuid()}"), new { done = true }, Ct));

        Assert.Equal((6, "Réunir les gardiens du secteur"), (item.GetProperty("position").GetInt32(), item.GetProperty("text").GetString()));
        var done = ticked.GetProperty("checklist")[5];
        Assert.NotEqual(JsonValueKind.Null, done.GetProperty("doneAt").ValueKind);
        Assert.Equal("Point fait : Réunir les gardiens du secteur", ticked.GetProperty("log")[0].GetProperty("text").GetString());
    }

    [Fact]
    public async Task Checklist_AsPartnerOutsideTheCell_Returns403_AndBadInputReturns400()
    {
        var (world, alertId) = await InProcedureAsync(app);
        var itemId = (await LoadAsync(world, alertId)).Checklist.OrderBy(c => c.Position).First().Id;

        Assert.Equal(HttpStatusCode.Forbidden, (await world.Partner.PostAsJsonAsync(world.Alert(alertId, "/checklist"), new { text = "Étape" }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await world.Partner.PutAsJsonAsync(world.Alert(alertId, $"/checklist/{itemId}"), new { done = true }, Ct)).StatusCode);
        await ProblemAsync(await world.Coordinator.PostAsJsonAsync(world.Alert(alertId, "/checklist"), new { text = "  " }, Ct), HttpStatusCode.BadRequest, "text");
        await ProblemAsync(await world.Coordinator.PutAsJsonAsync(world.Alert(alertId, $"/checklist/{itemId}"), new { }, Ct), HttpStatusCode.BadRequest, "done");
        await ProblemAsync(await world.Coordinator.PutAsJsonAsync(world.Alert(alertId, $"/checklist/{Guid.NewGuid()}"), new { done = true }, Ct), HttpStatusCode.NotFound);
        var alert = await LoadAsync(world, alertId);
        Assert.Equal(5, alert.Checklist.Count);
        Assert.All(alert.Checklist, c => Assert.Null(c.DoneAt));
    }

    [Fact]
    public async Task Log_AsCellMember_AddsANote()
    {
        var (world, alertId) = await InProcedureAsync(app);

        var details = await OkAsync<JsonElement>(await world.CellPartner.PostAsJsonAsync(world.Alert(alertId, "/log"), new { text = "Les gardiens signalent des rodéos chaque soir vers 21 h." }, Ct));

        var note = details.GetProperty("log")[0];
        Assert.Equal(("Note", "Les gardiens signalent des rodéos chaque soir vers 21 h."), (note.GetProperty("kind").GetString(), note.GetProperty("text").GetString()));
        Assert.Equal(world.CellPartnerUser.DisplayName, note.GetProperty("author").GetString());
    }

    [Fact]
    public async Task Log_NamingSomeone_Returns422_EmptyReturns400_AsPartner403_AndNothingIsSaved()
    {
        var (world, alertId) = await InProcedureAsync(app);

        await ProblemAsync(await world.Coordinator.PostAsJsonAsync(world.Alert(alertId, "/log"), new { text = "Kevin Martin est encore venu, appeler le 06 12 34 56 78." }, Ct),
            HttpStatusCode.UnprocessableEntity, "text");
        await ProblemAsync(await world.Coordinator.PostAsJsonAsync(world.Alert(alertId, "/log"), new { text = "" }, Ct), HttpStatusCode.BadRequest, "text");
        Assert.Equal(HttpStatusCode.Forbidden, (await world.Partner.PostAsJsonAsync(world.Alert(alertId, "/log"), new { text = "Note." }, Ct)).StatusCode);
        Assert.DoesNotContain((await LoadAsync(world, alertId)).Log, l => l.Kind == AlertLogKind.Note);
    }

    [Fact]
    public async Task Close_AsCoordinator_ClosesWithTheOutcome_ThenNoActionIsTaken()
    {
        var (world, alertId) = await InProcedureAsync(app);

        var details = await OkAsync<JsonElement>(await world.Coordinator.PostAsJsonAsync(world.Alert(alertId, "/close"), new { outcome = "Patrouilles renforcées trois semaines, plus de rodéo signalé." }, Ct));

        Assert.Equal("Closed", details.GetProperty("alert").GetProperty("status").GetString());
        Assert.Equal("Patrouilles renforcées trois semaines, plus de rodéo signalé.", details.GetProperty("closure").GetProperty("outcome").GetString());
        Assert.False(details.GetProperty("canAct").GetBoolean());
        await ProblemAsync(await world.Coordinator.PostAsJsonAsync(world.Alert(alertId, "/close"), new { outcome = "Encore." }, Ct), HttpStatusCode.Conflict);
        await ProblemAsync(await world.Coordinator.PostAsJsonAsync(world.Alert(alertId, "/log"), new { text = "Après coup." }, Ct), HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Close_WithoutOutcome_Returns400_AndAsPartner_Returns403_LeavingItOpen()
    {
        var (world, alertId) = await InProcedureAsync(app);

        await ProblemAsync(await world.Coordinator.PostAsJsonAsync(world.Alert(alertId, "/close"), new { outcome = " " }, Ct), HttpStatusCode.BadRequest, "outcome");
        Assert.Equal(HttpStatusCode.Forbidden, (await world.Partner.PostAsJsonAsync(world.Alert(alertId, "/close"), new { outcome = "Clos." }, Ct)).StatusCode);
        Assert.Equal(AlertStatus.InProcedure, (await LoadAsync(world, alertId)).Status);
    }
}
