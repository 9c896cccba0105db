using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Coprod.Web.Modules.Contract.Domain;
using Coprod.Web.Modules.Contract.Features.Commitments;
using Coprod.Web.Modules.Governance.Domain;
using Coprod.Web.Platform.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Coprod.IntegrationTests.ApiAssert;

namespace Coprod.IntegrationTests.Modules.Contract;

/// <summary>CLS-4's escalation, moving the pass's instant: a reminder, a formal reminder, then the next plenary's agenda, each once; and the hand-over.</summary>
public sealed class CommitmentReminderTests(AppFactory app)
{
    private async Task<int> RunAsync(DateTimeOffset now)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CommitmentReminders.Handler>().RunOnceAsync(now, Ct);
    }

    private Task<Commitment> ReadAsync(Guid id) => app.WithDbAsync(db => db.Set<Commitment>().AsNoTracking().SingleAsync(c => c.Id == id, Ct));

    private Task<int> AuditsAsync(Guid id, AuditEventType type) =>
        app.WithDbAsync(db => db.Set<AuditRecord>().CountAsync(a => a.Type == type && a.TargetId == id.ToString(), Ct));

    [Fact]
    public async Task DueSoon_ReminderMailedOnce_ToTheOwingInstitutionsPartners()
    {
        var w = await CommitmentWorld.CreateAsync(app);
        var commitment = await w.CreateAsync(CommitmentWorld.Today.AddDays(10));
        var later = await w.CreateAsync(CommitmentWorld.Today.AddDays(30));
        var now = DateTimeOffset.UtcNow;
        await RunAsync(now);
        await RunAsync(now.AddMinutes(5));
        var mail = Assert.Single(app.MailsTo(w.LandlordUser.Email!));
        Assert.Contains("échéance", mail.Subject);
        Assert.Contains(commitment.Text, mail.TextBody);
        Assert.Contains("dans 10 jours", mail.TextBody);
        Assert.Empty(app.MailsTo(w.AgentUser.Email!));
        Assert.Empty(app.MailsTo(w.PoliceUser.Email!));
        Assert.Empty(app.MailsTo(w.CoordinatorUser.Email!));
        Assert.NotNull((await ReadAsync(commitment.Id)).ReminderSentAt);
        Assert.Null((await ReadAsync(later.Id)).ReminderSentAt);
        Assert.Equal(1, await AuditsAsync(commitment.Id, AuditEventType.CommitmentReminderSent));
        var mine = await OkAsync<List<CommitmentDto>>(await w.LandlordClient.GetAsync($"{w.Commitments}?mine=true", Ct));
        Assert.NotNull(mine.Single(c => c.Id == commitment.Id).ReminderSentAt);
    }

    [Fact]
    public async Task Overdue_FormalReminderOnce_WithTheCoordinatorInCopy()
    {
        var w = await CommitmentWorld.CreateAsync(app);
        var commitment = await w.CreateAsync(CommitmentWorld.Today.AddDays(-3));
        var now = DateTimeOffset.UtcNow;
        await RunAsync(now);
        await RunAsync(now.AddHours(1));
        var mail = Assert.Single(app.MailsTo(w.LandlordUser.Email!));
        Assert.StartsWith("Coprod — relance formelle", mail.Subject);
        Assert.Contains("3 jours de retard", mail.TextBody);
        var copy = Assert.Single(app.MailsTo(w.CoordinatorUser.Email!));
        Assert.StartsWith("Copie", copy.Subject);
        var read = await ReadAsync(commitment.Id);
        Assert.NotNull(read.FormalReminderSentAt);
        Assert.Null(read.ReminderSentAt);
        Assert.Equal(1, await AuditsAsync(commitment.Id, AuditEventType.CommitmentFormalReminderSent));
    }

    [Fact]
    public async Task StillOpenAfterTheFormalReminder_ListedOnTheNextPlenary_ItemCreatedThenUpdated()
    {
        var w = await CommitmentWorld.CreateAsync(app);
        var now = DateTimeOffset.UtcNow;
        var first = await w.CreateAsync(CommitmentWorld.Today.AddDays(-3));
        await RunAsync(now);
        var later = await w.PlenaryMeetingAsync(now.AddDays(90));
        var next = await w.PlenaryMeetingAsync(now.AddDays(60));
        await w.PlenaryMeetingAsync(now.AddDays(20), cancelled: true);
        await w.PlenaryMeetingAsync(now.AddDays(21), kind: BodyKind.ThematicGroup);

        await RunAsync(now.AddDays(10));
        Assert.Null((await ReadAsync(first.Id)).PlenaryMeetingId);

        await RunAsync(now.AddDays(15));
        var listed = await ReadAsync(first.Id);
        Assert.Equal(next, listed.PlenaryMeetingId);
        var meeting = await MeetingAsync(next);
        var item = Assert.Single(meeting.Agenda, a => a.Key == AgendaKeys.LateCommitments);
        Assert.StartsWith("Engagements en retard : Bailleur social Isère — Installer l'éclairage", item.Text);
        Assert.Contains($"(échéance {first.DueOn:dd/MM/yyyy})", item.Text);
        Assert.Equal(2, item.Position);
        Assert.Equal(1, meeting.Sequence);
        Assert.DoesNotContain((await MeetingAsync(later)).Agenda, a => a.Key == AgendaKeys.LateCommitments);

        var second = await w.CreateAsync(CommitmentWorld.Today.AddDays(-1), w.Police.Id, "Renforcer les patrouilles du soir.");
        await RunAsync(now.AddDays(15));
        await RunAsync(now.AddDays(30));
        meeting = await MeetingAsync(next);
        item = Assert.Single(meeting.Agenda, a => a.Key == AgendaKeys.LateCommitments);
        Assert.Contains("Police municipale — Renforcer les patrouilles du soir.", item.Text);
        Assert.Contains("Bailleur social Isère", item.Text);
        Assert.Equal(2, meeting.Sequence);
        await RunAsync(now.AddDays(31));
        Assert.Equal(2, (await MeetingAsync(next)).Sequence);
        Assert.Equal(1, await AuditsAsync(first.Id, AuditEventType.CommitmentListedForPlenary));
        Assert.Equal(1, await AuditsAsync(second.Id, AuditEventType.CommitmentListedForPlenary));
        var read = await OkAsync<CommitmentDto>(await w.LandlordClient.GetAsync($"{w.Commitments}/{first.Id}", Ct));
        Assert.Equal(next, read.PlenaryMeetingId);
        Assert.NotNull(read.PlenaryStartsAt);
    }

    [Fact]
    public async Task NoUpcomingPlenary_NothingYet_ShownAsAwaiting_ThenListedOnceOneIsScheduled()
    {
        var w = await CommitmentWorld.CreateAsync(app);
        var now = DateTimeOffset.UtcNow;
        var commitment = await w.CreateAsync(CommitmentWorld.Today.AddDays(-30));
        await RunAsync(now.AddDays(-20));
        await w.PlenaryMeetingAsync(now.AddDays(-2));
        await RunAsync(now);
        Assert.Null((await ReadAsync(commitment.Id)).PlenaryMeetingId);
        var read = await OkAsync<CommitmentDto>(await w.Coordinator.GetAsync($"{w.Commitments}/{commitment.Id}", Ct));
        Assert.True(read.AwaitingPlenary);

        var meetingId = await w.PlenaryMeetingAsync(now.AddDays(10));
        await RunAsync(now);
        Assert.Equal(meetingId, (await ReadAsync(commitment.Id)).PlenaryMeetingId);
        Assert.False((await OkAsync<CommitmentDto>(await w.Coordinator.GetAsync($"{w.Commitments}/{commitment.Id}", Ct))).AwaitingPlenary);
    }

    [Fact]
    public async Task DoneBeforeTheDeadline_NothingSent()
    {
        var w = await CommitmentWorld.CreateAsync(app);
        var commitment = await w.CreateAsync(CommitmentWorld.Today.AddDays(-2));
        await OkAsync<CommitmentDto>(await w.LandlordClient.PostAsJsonAsync($"{w.Commitments}/{commitment.Id}/done", new { }, Ct));
        await RunAsync(DateTimeOffset.UtcNow);
        Assert.Empty(app.MailsTo(w.LandlordUser.Email!));
        Assert.Null((await ReadAsync(commitment.Id)).FormalReminderSentAt);
    }

    [Fact]
    public async Task HandOver_MovesTheLeavingPersonsOpenCommitments()
    {
        var w = await CommitmentWorld.CreateAsync(app);
        var people = $"{w.Base}/directory/people";
        async Task<JsonElement> PersonAsync(string last) => await OkAsync<JsonElement>(await w.Coordinator.PostAsJsonAsync(people, new
        {
            firstName = "Anne",
            lastName = last,
            function = "Cheffe de secteur",
            institutionId = w.Landlord.Id,
            startsOn = "2024-01-08",
        }, Ct), HttpStatusCode.Created);
        var leaving = await PersonAsync("Départ");
        var successor = await PersonAsync("Relève");
        var leavingId = leaving.GetProperty("id").GetGuid();
        var open = await OkAsync<CommitmentDto>(await w.Coordinator.PostAsJsonAsync(w.Commitments,
            new { institutionId = w.Landlord.Id, text = "Installer l'éclairage.", dueOn = "2027-02-01", ownerPersonId = leavingId }, Ct), HttpStatusCode.Created);
        Assert.Equal("Anne Départ", open.OwnerPersonName);
        var done = await OkAsync<CommitmentDto>(await w.Coordinator.PostAsJsonAsync(w.Commitments,
            new { institutionId = w.Landlord.Id, text = "Former les gardiens.", dueOn = "2027-02-01", ownerPersonId = leavingId }, Ct), HttpStatusCode.Created);
        await OkAsync<CommitmentDto>(await w.Coordinator.PostAsJsonAsync($"{w.Commitments}/{done.Id}/done", new { }, Ct));

        var items = await OkAsync<JsonElement>(await w.Coordinator.GetAsync($"{people}/{leavingId}/open-items", Ct));
        Assert.Contains(items.EnumerateArray(), i => i.GetProperty("kind").GetString() == CommitmentHandOver.Kind && i.GetProperty("id").GetGuid() == open.Id);
        var left = await w.Coordinator.PostAsJsonAsync($"{people}/{leavingId}/leave",
            new { endsOn = "2026-12-01", successorId = successor.GetProperty("id").GetGuid(), version = leaving.GetProperty("version").GetGuid() }, Ct);
        await OkAsync<JsonElement>(left);
        Assert.Equal(successor.GetProperty("id").GetGuid(), (await ReadAsync(open.Id)).OwnerPersonId);
        Assert.Equal(leavingId, (await ReadAsync(done.Id)).OwnerPersonId);
    }

    private Task<Meeting> MeetingAsync(Guid id) => app.WithDbAsync(db => db.Set<Meeting>().AsNoTracking().Include(m => m.Agenda).SingleAsync(m => m.Id == id, Ct));
}
