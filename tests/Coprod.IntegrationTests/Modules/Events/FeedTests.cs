using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Coprod.Web.Modules.Directory.Domain;
using Coprod.Web.Modules.Partnerships.Domain;
using static Coprod.IntegrationTests.ApiAssert;
using static Coprod.IntegrationTests.Modules.Events.RoutingTestData;

namespace Coprod.IntegrationTests.Modules.Events;

/// <summary>EVT-3: the recipients' inbox, acknowledgement and follow-up; the reporter and coordinator see who acknowledged.</summary>
public sealed class FeedTests(AppFactory app)
{
    private static async Task<(EventsWorld World, Guid EventId)> RoutedToPoliceAsync(AppFactory app)
    {
        var world = await EventsWorld.CreateAsync(app);
        await world.RuleOkAsync(Rule([world.PoliceMunicipale.Id]));
        return (world, (await world.ReportOkAsync(world.Mediator)).Id());
    }

    [Fact]
    public async Task Inbox_AsRecipient_ListsUnacknowledgedFirst_AndAsOthers_IsEmpty()
    {
        var (world, first) = await RoutedToPoliceAsync(app);
        var second = (await world.ReportOkAsync(world.Mediator, EventsWorld.Report("tags"))).Id();
        await OkAsync<JsonElement>(await world.Police.PostAsJsonAsync($"{world.Base}/{second}/ack", new { }, Ct));

        var inbox = (await OkAsync<JsonElement>(await world.Police.GetAsync($"{world.Base}/inbox", Ct))).EnumerateArray().ToList();
        Assert.Equal([first, second], inbox.Select(i => i.GetProperty("event").GetProperty("id").GetGuid()));
        Assert.Equal(JsonValueKind.Null, inbox[0].GetProperty("delivery").GetProperty("acknowledgedAt").ValueKind);
        Assert.Empty((await OkAsync<JsonElement>(await world.Mediator.GetAsync($"{world.Base}/inbox", Ct))).EnumerateArray());
        var other = await EventsWorld.CreateAsync(app);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.Police.GetAsync($"{world.Base}/inbox", Ct)).StatusCode);
    }

    [Fact]
    public async Task Acknowledge_AsRecipient_IsIdempotent_AndTheReporterSeesWhoAndWhen()
    {
        var (world, eventId) = await RoutedToPoliceAsync(app);
        var url = $"{world.Base}/{eventId}/ack";
        var first = (await OkAsync<JsonElement>(await world.Police.PostAsJsonAsync(url, new { }, Ct))).EnumerateArray().Single();
        var acknowledgedAt = first.GetProperty("acknowledgedAt").GetDateTimeOffset();
        var again = (await OkAsync<JsonElement>(await world.Police.PostAsJsonAsync(url, new { institutionId = world.PoliceMunicipale.Id }, Ct))).EnumerateArray().Single();
        Assert.Equal(acknowledgedAt, again.GetProperty("acknowledgedAt").GetDateTimeOffset());

        var seen = (await OkAsync<JsonElement>(await world.Mediator.GetAsync($"{world.Base}/{eventId}/deliveries", Ct))).EnumerateArray().Single();
        Assert.Equal(world.PoliceMunicipale.Name, seen.GetProperty("institution").GetString());
        Assert.Equal(acknowledgedAt, seen.GetProperty("acknowledgedAt").GetDateTimeOffset());
        Assert.StartsWith("Test ", seen.GetProperty("acknowledgedBy").GetString());
        var reported = (await OkAsync<JsonElement>(await world.Mediator.GetAsync($"{world.Base}/reported", Ct))).EnumerateArray().Single();
        Assert.Equal(acknowledgedAt, reported.GetProperty("deliveries")[0].GetProperty("acknowledgedAt").GetDateTimeOffset());
        Assert.Single((await OkAsync<JsonElement>(await world.Coordinator.GetAsync($"{world.Base}/{eventId}/deliveries", Ct))).EnumerateArray());
    }

    [Fact]
    public async Task Acknowledge_ForAnInstitutionItWasNotSentTo_IsForbidden_AndUnreadableIsNotFound()
    {
        var (world, eventId) = await RoutedToPoliceAsync(app);
        await ProblemAsync(await world.Coordinator.PostAsJsonAsync($"{world.Base}/{eventId}/ack", new { }, Ct), HttpStatusCode.Forbidden);
        await ProblemAsync(await world.Police.PostAsJsonAsync($"{world.Base}/{eventId}/ack", new { institutionId = world.Commune.Id }, Ct), HttpStatusCode.Forbidden);
        var policeReport = (await world.ReportOkAsync(world.Police, EventsWorld.Report("trafic"))).Id();
        await ProblemAsync(await world.Mediator.PostAsJsonAsync($"{world.Base}/{policeReport}/ack", new { }, Ct), HttpStatusCode.NotFound);
        Assert.Null((await world.DeliveriesAsync(eventId))[world.PoliceMunicipale.Id].AcknowledgedAt);
    }

    [Fact]
    public async Task FollowUp_AsRecipientAgent_IsSaved_ForTheReporterToSee()
    {
        var world = await EventsWorld.CreateAsync(app);
        await world.RuleOkAsync(Rule([world.Mediation.Id]));
        var eventId = (await world.ReportOkAsync(world.Police)).Id();
        var created = await OkAsync<JsonElement>(await world.Mediator.PostAsJsonAsync($"{world.Base}/{eventId}/follow-ups",
            new { text = "Passage des médiateurs à 22 h, groupe dispersé." }, Ct), HttpStatusCode.Created);
        Assert.Equal(world.Mediation.Name, created.GetProperty("institution").GetString());

        var seen = (await OkAsync<JsonElement>(await world.Police.GetAsync($"{world.Base}/{eventId}/deliveries", Ct))).EnumerateArray().Single();
        Assert.Equal("Passage des médiateurs à 22 h, groupe dispersé.", seen.GetProperty("followUps")[0].GetProperty("text").GetString());
    }

    [Fact]
    public async Task FollowUp_BadInput_PersonalData_OrNotARecipient_IsRefused_AndSavesNothing()
    {
        var (world, eventId) = await RoutedToPoliceAsync(app);
        var url = $"{world.Base}/{eventId}/follow-ups";
        await ProblemAsync(await world.Police.PostAsJsonAsync(url, new { text = " " }, Ct), HttpStatusCode.BadRequest, "text");
        await ProblemAsync(await world.Police.PostAsJsonAsync(url, new { text = new string('a', 1001) }, Ct), HttpStatusCode.BadRequest, "text");
        await ProblemAsync(await world.Police.PostAsJsonAsync(url, new { text = "Rappeler le gardien au 06 12 34 56 78" }, Ct), HttpStatusCode.UnprocessableEntity, "text");
        await ProblemAsync(await world.Coordinator.PostAsJsonAsync(url, new { text = "Vu." }, Ct), HttpStatusCode.Forbidden);
        var seen = (await OkAsync<JsonElement>(await world.Police.GetAsync($"{world.Base}/{eventId}/deliveries", Ct))).EnumerateArray().Single();
        Assert.Equal(0, seen.GetProperty("followUps").GetArrayLength());
    }

    [Fact]
    public async Task Deliveries_AsMemberNeitherReporterNorRecipient_IsForbidden()
    {
        var (world, eventId) = await RoutedToPoliceAsync(app);
        var landlord = await app.CreateInstitutionAsync(world.Partnership, InstitutionType.BailleurSocial);
        var partner = await EventsWorld.MemberAsync(app, world.Partnership, PartnershipRole.Partenaire, landlord.Id);
        await ProblemAsync(await partner.GetAsync($"{world.Base}/{eventId}/deliveries", Ct), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Reported_AndEscalations_AreForTheirReaders()
    {
        var (world, _) = await RoutedToPoliceAsync(app);
        Assert.Empty((await OkAsync<JsonElement>(await world.Police.GetAsync($"{world.Base}/reported", Ct))).EnumerateArray());
        Assert.Empty((await OkAsync<JsonElement>(await world.Coordinator.GetAsync($"{world.Base}/escalations", Ct))).EnumerateArray());
        Assert.Equal(HttpStatusCode.Forbidden, (await world.Police.GetAsync($"{world.Base}/escalations", Ct)).StatusCode);
        var other = await EventsWorld.CreateAsync(app);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.Mediator.GetAsync($"{world.Base}/reported", Ct)).StatusCode);
    }
}
