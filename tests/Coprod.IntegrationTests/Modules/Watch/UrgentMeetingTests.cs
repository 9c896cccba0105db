using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Coprod.Web.Modules.Governance.Domain;
using Microsoft.EntityFrameworkCore;
using static Coprod.IntegrationTests.ApiAssert;

namespace Coprod.IntegrationTests.Modules.Watch;

/// <summary>VEI-2: the urgent meeting of the watch cell, a governance meeting of its body.</summary>
public sealed class UrgentMeetingTests(AppFactory app)
{
    private static readonly DateTimeOffset Start = new(2026, 3, 12, 18, 0, 0, TimeSpan.FromHours(1));

    [Fact]
    public async Task Schedule_AsCoordinator_CreatesTheMeetingOfTheWatchCell_WithTheAlertOnTheAgenda()
    {
        var world = await WatchWorld.CreateAsync(app);
        var alertId = await world.RaiseSpikeAsync();
        await world.OpenAsync(alertId);

        var details = await OkAsync<JsonElement>(await world.Coordinator.PostAsJsonAsync(world.Alert(alertId, "/urgent-meeting"), new { startsAt = Start, place = "Mairie, salle 2" }, Ct));

        var meetingId = details.GetProperty("urgentMeeting").GetProperty("meetingId").GetGuid();
        var meeting = await app.WithDbAsync(db => db.Set<Meeting>().AsNoTracking().Include(m => m.Agenda).Include(m => m.Invitees).SingleAsync(m => m.Id == meetingId, Ct));
        Assert.Equal(world.CellBodyId, meeting.BodyId);
        Assert.Equal("Réunion d’urgence – Rodéo motorisé, Quartier A (Échirolles)", meeting.Title);
        Assert.Equal(Start.AddHours(1), meeting.EndsAt);
        Assert.Equal(5, meeting.Agenda.Count);
        Assert.StartsWith("Alerte « Rodéos » : Rodéo motorisé, Quartier A (Échirolles), semaine 2026-W11", meeting.Agenda.Single(a => a.Position == 1).Text);
        Assert.StartsWith("8 événements cette semaine", meeting.Agenda.Single(a => a.Position == 2).Text);
        Assert.Equal(world.Landlord.Id, Assert.Single(meeting.Invitees).InstitutionId);
        Assert.Equal("Réunion d’urgence programmée", details.GetProperty("log")[0].GetProperty("text").GetString());
        await ProblemAsync(await world.Coordinator.PostAsJsonAsync(world.Alert(alertId, "/urgent-meeting"), new { startsAt = Start }, Ct), HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Schedule_AsPresident_Returns403_AsTheWatchCellIsTheCoordinatorsToConvene()
    {
        var world = await WatchWorld.CreateAsync(app);
        var alertId = await world.RaiseSpikeAsync();
        await world.OpenAsync(alertId);

        var response = await world.President.PostAsJsonAsync(world.Alert(alertId, "/urgent-meeting"), new { startsAt = Start }, Ct);

        await ProblemAsync(response, HttpStatusCode.Forbidden);
        Assert.False(await app.WithDbAsync(db => db.Set<Meeting>().AnyAsync(m => m.PartnershipId == world.Partnership.Id, Ct)));
    }

    [Fact]
    public async Task Schedule_WithoutStart_OrWithoutAWatchCell_Returns400_AndCreatesNothing()
    {
        var world = await WatchWorld.CreateAsync(app, withCell: false);
        var alertId = await world.RaiseSpikeAsync();
        await world.OpenAsync(alertId);

        await ProblemAsync(await world.Coordinator.PostAsJsonAsync(world.Alert(alertId, "/urgent-meeting"), new { place = "Mairie" }, Ct), HttpStatusCode.BadRequest, "startsAt");
        var noCell = await ProblemAsync(await world.Coordinator.PostAsJsonAsync(world.Alert(alertId, "/urgent-meeting"), new { startsAt = Start }, Ct), HttpStatusCode.BadRequest, "bodyId");
        await world.CreateCellAsync();
        await ProblemAsync(await world.Coordinator.PostAsJsonAsync(world.Alert(alertId, "/urgent-meeting"), new { startsAt = Start, endsAt = Start.AddHours(-1) }, Ct),
            HttpStatusCode.BadRequest, "endsAt");

        Assert.Contains("pas de cellule de veille", noCell.GetProperty("errors").GetProperty("bodyId")[0].GetString());
        Assert.False(await app.WithDbAsync(db => db.Set<Meeting>().AnyAsync(m => m.PartnershipId == world.Partnership.Id, Ct)));
    }

    [Fact]
    public async Task Schedule_AsPartnerOutsideTheCell_Returns403()
    {
        var world = await WatchWorld.CreateAsync(app);
        var alertId = await world.RaiseSpikeAsync();
        await world.OpenAsync(alertId);

        Assert.Equal(HttpStatusCode.Forbidden, (await world.Partner.PostAsJsonAsync(world.Alert(alertId, "/urgent-meeting"), new { startsAt = Start }, Ct)).StatusCode);
    }
}
