using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Coprod.Web.Modules.Governance.Domain;
using Coprod.Web.Modules.Partnerships.Domain;
using Coprod.Web.Platform.Audit;
using Ical.Net;
using Microsoft.EntityFrameworkCore;
using static Coprod.IntegrationTests.ApiAssert;

namespace Coprod.IntegrationTests.Modules.Governance;

public sealed class MeetingTests(AppFactory app)
{
    [Fact]
    public async Task Schedule_Plenary_InvitesTheMembersAndHoldsTheStateOfCrimeItem()
    {
        var world = await GovernanceWorld.CreateAsync(app);
        var body = await world.CreateBodyAsync();
        var meeting = await world.ScheduleAsync(body.GetProperty("id").GetGuid());
        var agenda = meeting.GetProperty("agenda").EnumerateArray().Select(a => a.GetProperty("text").GetString()).ToList();
        Assert.Equal(["État de la délinquance", "Bilan des actions", "Questions diverses"], agenda);
        Assert.Equal("etat-delinquance", meeting.GetProperty("agenda")[0].GetProperty("key").GetString());
        Assert.Equal(3, meeting.GetProperty("invitees").GetArrayLength());
        Assert.Equal(new DateTimeOffset(2027, 3, 10, 13, 0, 0, TimeSpan.Zero), meeting.GetProperty("startsAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task Schedule_EndingBeforeItStarts_Returns400AndSavesNothing()
    {
        var world = await GovernanceWorld.CreateAsync(app, 1);
        var body = await world.CreateBodyAsync("ThematicGroup", "Groupe");
        var response = await world.Coordinator.PostAsJsonAsync($"{world.Base}/bodies/{body.GetProperty("id").GetGuid()}/meetings",
            new { title = "Réunion", startsAt = "2027-02-01T10:00:00+01:00", endsAt = "2027-02-01T09:00:00+01:00" }, Ct);
        await ProblemAsync(response, HttpStatusCode.BadRequest, "endsAt");
        Assert.False(await app.WithDbAsync(db => db.Set<Meeting>().AnyAsync(m => m.PartnershipId == world.Partnership.Id)));
    }

    [Fact]
    public async Task Schedule_UnknownBody_Returns404()
    {
        var world = await GovernanceWorld.CreateAsync(app, 1);
        var response = await world.Coordinator.PostAsJsonAsync($"{world.Base}/bodies/{Guid.NewGuid()}/meetings",
            new { title = "Réunion", startsAt = "2027-02-01T10:00:00+01:00", endsAt = "2027-02-01T11:00:00+01:00" }, Ct);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Schedule_PhoneNumberInAnAgendaItem_Returns422WithFindingsAndSavesNothing()
    {
        var world = await GovernanceWorld.CreateAsync(app, 1);
        var body = await world.CreateBodyAsync();
        var response = await world.Coordinator.PostAsJsonAsync($"{world.Base}/bodies/{body.GetProperty("id").GetGuid()}/meetings", new
        {
            title = "Plénière",
            startsAt = "2027-02-01T10:00:00+01:00",
            endsAt = "2027-02-01T12:00:00+01:00",
            agenda = new[] { "Bilan", "Rappeler le gardien au 06 12 34 56 78" },
        }, Ct);
        var problem = await ProblemAsync(response, HttpStatusCode.UnprocessableEntity, "agenda[1]");
        var finding = Assert.Single(problem.GetProperty("findings").EnumerateArray());
        Assert.Equal("phone", finding.GetProperty("kind").GetString());
        Assert.False(problem.GetProperty("overridable").GetBoolean());
        Assert.False(await app.WithDbAsync(db => db.Set<Meeting>().AnyAsync(m => m.PartnershipId == world.Partnership.Id)));
    }

    [Fact]
    public async Task Invitation_ParsedBack_IsARequestInParisTime_WithOrganizerAttendees_AndSequenceThatGrows_ThenACancellation()
    {
        var world = await GovernanceWorld.CreateAsync(app);
        var body = await world.CreateBodyAsync();
        var meeting = await world.ScheduleAsync(body.GetProperty("id").GetGuid());
        var id = meeting.GetProperty("id").GetGuid();
        var url = $"{world.Base}/meetings/{id}/invitation.ics";

        var first = await ReadCalendarAsync(world.Coordinator, url);
        Assert.Equal("REQUEST", first.Method);
        var e = Assert.Single(first.Events);
        Assert.Equal("Europe/Paris", e.DtStart!.TzId);
        Assert.Equal(14, e.DtStart.Hour);
        Assert.Contains(first.TimeZones, z => z.TzId == "Europe/Paris");
        Assert.Equal($"mailto:{world.CoordinatorUser.Email}", e.Organizer!.Value!.ToString());
        Assert.Equal(3, e.Attendees.Count);
        Assert.Equal(0, e.Sequence);
        Assert.Equal($"{id:D}@coprod", e.Uid);

        // A change of time raises the sequence; the UID stays.
        var moved = new
        {
            version = meeting.GetProperty("version").GetGuid(),
            title = "Réunion de printemps",
            startsAt = "2027-03-11T15:00:00+01:00",
            endsAt = "2027-03-11T17:00:00+01:00",
            place = "Hôtel de ville, salle du conseil",
            agenda = new[] { "État de la délinquance", "Bilan des actions", "Questions diverses" },
        };
        var updated = await OkAsync<JsonElement>(await world.Coordinator.PutAsJsonAsync($"{world.Base}/meetings/{id}", moved, Ct));
        var second = Assert.Single((await ReadCalendarAsync(world.Coordinator, url)).Events);
        Assert.Equal(1, second.Sequence);
        Assert.Equal(e.Uid, second.Uid);
        Assert.Equal(15, second.DtStart!.Hour);
        await ProblemAsync(await world.Coordinator.PutAsJsonAsync($"{world.Base}/meetings/{id}", moved, Ct), HttpStatusCode.Conflict);

        var cancelled = await world.Coordinator.PostAsJsonAsync($"{world.Base}/meetings/{id}/cancel", new { version = updated.GetProperty("version").GetGuid() }, Ct);
        Assert.True((await OkAsync<JsonElement>(cancelled)).GetProperty("cancelled").GetBoolean());
        var third = await ReadCalendarAsync(world.Coordinator, url);
        Assert.Equal("CANCEL", third.Method);
        Assert.Equal("CANCELLED", Assert.Single(third.Events).Status);
        Assert.Equal(2, third.Events.Single().Sequence);
    }

    private static async Task<Calendar> ReadCalendarAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync(Ct);
        Assert.StartsWith("BEGIN:VCALENDAR", text);
        return Calendar.Load(text)!;
    }

    [Fact]
    public async Task SendInvitations_MailsEveryInviteeInFrenchWithTheIcsAttached()
    {
        var world = await GovernanceWorld.CreateAsync(app);
        var body = await world.CreateBodyAsync();
        var meeting = await world.ScheduleAsync(body.GetProperty("id").GetGuid());
        var id = meeting.GetProperty("id").GetGuid();
        var partner = app.ClientFor(world.Representatives[0].Id);
        Assert.Equal(HttpStatusCode.Forbidden, (await partner.PostAsync($"{world.Base}/meetings/{id}/send-invitations", null, Ct)).StatusCode);

        var sent = await OkAsync<JsonElement>(await world.Coordinator.PostAsync($"{world.Base}/meetings/{id}/send-invitations", null, Ct));
        Assert.Equal(3, sent.GetProperty("sent").GetInt32());
        foreach (var person in world.Representatives)
        {
            var mail = Assert.Single(app.MailsTo(person.Email!));
            Assert.StartsWith("Invitation : Réunion de printemps", mail.Subject);
            Assert.Contains("Ordre du jour", mail.TextBody);
            var attachment = Assert.IsAssignableFrom<MimeKit.MimePart>(Assert.Single(mail.Attachments));
            Assert.Equal("invitation.ics", attachment.FileName);
            Assert.Equal("text/calendar", attachment.ContentType.MimeType);
            using var content = new MemoryStream();
            await attachment.Content!.DecodeToAsync(content, Ct);
            var calendar = Calendar.Load(System.Text.Encoding.UTF8.GetString(content.ToArray()))!;
            Assert.Equal("REQUEST", calendar.Method);
        }
        Assert.True(await app.WithDbAsync(db => db.Set<AuditRecord>().AnyAsync(r => r.Type == AuditEventType.GovernanceInvitationsSent && r.TargetId == id.ToString())));
    }

    [Fact]
    public async Task SendInvitations_FromAnEnglishInterface_StillMailsInFrench()
    {
        var world = await GovernanceWorld.CreateAsync(app, 1);
        var body = await world.CreateBodyAsync();
        var meeting = await world.ScheduleAsync(body.GetProperty("id").GetGuid());

        var sent = await world.Coordinator.PostAsync($"{world.Base}/meetings/{meeting.GetProperty("id").GetGuid()}/send-invitations?culture=en-GB", null, Ct);

        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        var mail = Assert.Single(app.MailsTo(world.Representatives[0].Email!));
        Assert.StartsWith("Invitation : Réunion de printemps", mail.Subject);
        Assert.StartsWith("Bonjour,", mail.TextBody);
        Assert.Contains("(heure de Paris)", mail.TextBody);
    }

    [Fact]
    public async Task Update_WithoutTitle_Returns400WithTheSharedRequiredMessage()
    {
        var world = await GovernanceWorld.CreateAsync(app, 1);
        var body = await world.CreateBodyAsync();
        var meeting = await world.ScheduleAsync(body.GetProperty("id").GetGuid());
        var response = await world.Coordinator.PutAsJsonAsync($"{world.Base}/meetings/{meeting.GetProperty("id").GetGuid()}", new
        {
            version = meeting.GetProperty("version").GetGuid(),
            title = " ",
            startsAt = "2027-02-01T10:00:00+01:00",
            endsAt = "2027-02-01T12:00:00+01:00",
        }, Ct);

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest, "title");
        Assert.Equal("Ce champ est obligatoire.", problem.GetProperty("errors").GetProperty("title")[0].GetString());
        Assert.Equal(meeting.GetProperty("title").GetString(), await app.WithDbAsync(db => db.Set<Meeting>().Where(m => m.Id == meeting.GetProperty("id").GetGuid()).Select(m => m.Title).SingleAsync()));
    }

    [Fact]
    public async Task Attendance_AsCoordinator_RecordsTheFourStates_PartnerAndAgentAreRefused_AgentReads()
    {
        var world = await GovernanceWorld.CreateAsync(app);
        var body = await world.CreateBodyAsync();
        var meeting = await world.ScheduleAsync(body.GetProperty("id").GetGuid(), DateTimeOffset.UtcNow.AddDays(-3));
        var id = meeting.GetProperty("id").GetGuid();
        var invitees = meeting.GetProperty("invitees").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ToList();
        var request = new
        {
            version = meeting.GetProperty("version").GetGuid(),
            entries = new object[]
            {
                new { inviteeId = invitees[0], attendance = "Present" },
                new { inviteeId = invitees[1], attendance = "Excused" },
                new { inviteeId = invitees[2], attendance = "Represented", representedBy = "la directrice adjointe" },
            },
        };
        var partner = app.ClientFor(world.Representatives[0].Id);
        await ProblemAsync(await partner.PutAsJsonAsync($"{world.Base}/meetings/{id}/attendance", request, Ct), HttpStatusCode.Forbidden);
        var (_, agent) = await world.MemberAsync(PartnershipRole.Agent);
        Assert.Equal(HttpStatusCode.Forbidden, (await agent.PutAsJsonAsync($"{world.Base}/meetings/{id}/attendance", request, Ct)).StatusCode);

        var saved = await OkAsync<JsonElement>(await world.Coordinator.PutAsJsonAsync($"{world.Base}/meetings/{id}/attendance", request, Ct));
        var states = saved.GetProperty("invitees").EnumerateArray().ToDictionary(i => i.GetProperty("id").GetGuid(), i => i.GetProperty("attendance").GetString());
        Assert.Equal("Present", states[invitees[0]]);
        Assert.Equal("Excused", states[invitees[1]]);
        Assert.Equal("Represented", states[invitees[2]]);

        var read = await OkAsync<JsonElement>(await agent.GetAsync($"{world.Base}/meetings/{id}", Ct));
        Assert.False(read.GetProperty("canManage").GetBoolean());
        var (_, _, stranger) = await app.MemberAsync(PartnershipRole.Coordinateur);
        Assert.Equal(HttpStatusCode.Forbidden, (await stranger.GetAsync($"{world.Base}/meetings/{id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Anonymous().GetAsync($"{world.Base}/meetings/{id}/invitation.ics", Ct)).StatusCode);
    }

    [Fact]
    public async Task Attendance_RepresentedWithoutWhom_Returns400()
    {
        var world = await GovernanceWorld.CreateAsync(app, 1);
        var body = await world.CreateBodyAsync();
        var meeting = await world.ScheduleAsync(body.GetProperty("id").GetGuid());
        var invitee = meeting.GetProperty("invitees")[0].GetProperty("id").GetGuid();
        var response = await world.Coordinator.PutAsJsonAsync($"{world.Base}/meetings/{meeting.GetProperty("id").GetGuid()}/attendance",
            new { version = meeting.GetProperty("version").GetGuid(), entries = new[] { new { inviteeId = invitee, attendance = "Represented" } } }, Ct);
        await ProblemAsync(response, HttpStatusCode.BadRequest, "entries[0].representedBy");
    }

    [Fact]
    public async Task Minutes_WithAPersonName_Returns422_ThenSavedOnAReason_WhichIsAudited()
    {
        var world = await GovernanceWorld.CreateAsync(app, 1);
        var body = await world.CreateBodyAsync();
        var meeting = await world.ScheduleAsync(body.GetProperty("id").GetGuid());
        var id = meeting.GetProperty("id").GetGuid();
        var minutes = "Les Amis de Kevin Durand ont présenté le bilan des maraudes ; la médiation y sera associée.";
        var version = meeting.GetProperty("version").GetGuid();
        var refused = await world.Coordinator.PutAsJsonAsync($"{world.Base}/meetings/{id}/minutes", new { version, minutes }, Ct);
        var problem = await ProblemAsync(refused, HttpStatusCode.UnprocessableEntity, "minutes");
        Assert.True(problem.GetProperty("overridable").GetBoolean());

        var saved = await world.Coordinator.PutAsJsonAsync($"{world.Base}/meetings/{id}/minutes",
            new { version, minutes, privacyOverride = new { reason = "c'est le nom d'une association" } }, Ct);
        Assert.Equal(minutes, (await OkAsync<JsonElement>(saved)).GetProperty("minutes").GetString());
        Assert.True(await app.WithDbAsync(db => db.Set<AuditRecord>().AnyAsync(r => r.Type == AuditEventType.PersonalDataOverridden && r.TargetId == id.ToString())));
        Assert.True(await app.WithDbAsync(db => db.Set<AuditRecord>().AnyAsync(r => r.Type == AuditEventType.GovernanceMinutesSaved && r.TargetId == id.ToString())));
    }
}
