using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Coprod.Web.Modules.Confidential.Domain;
using Coprod.Web.Platform.Audit;
using Microsoft.EntityFrameworkCore;
using static Coprod.IntegrationTests.ApiAssert;
using static Coprod.IntegrationTests.Modules.Confidential.CasesTestData;

namespace Coprod.IntegrationTests.Modules.Confidential;

/// <summary>CONF-3, CONF-4, CONF-6: reading, changing and closing a case; the archive opens only with a reason.</summary>
public sealed class CaseReadTests(AppFactory app)
{
    [Fact]
    public async Task Get_AsEntitledMember_ReturnsTheDecryptedCase_AndAuditsEveryRead()
    {
        var w = await ConfidentialWorld.CreateAsync(app);
        var (user, _, client) = await w.MemberAsync();
        var found = await w.CaseAsync(user.Id, lastName: FollowedLast);

        var first = await OkAsync<JsonElement>(await client.GetAsync(w.Case(found.Id), Ct));
        await OkAsync<JsonElement>(await client.GetAsync(w.Case(found.Id), Ct));

        Assert.Equal(FollowedLast, first.GetProperty("record").GetProperty("persons")[0].GetProperty("lastName").GetString());
        Assert.True(first.GetProperty("canWrite").GetBoolean());
        var reads = (await w.AuditOfAsync(found.Id)).Where(a => a.Type == AuditEventType.ConfidentialCaseRead).ToList();
        Assert.Equal(2, reads.Count);
        Assert.All(reads, a => Assert.Equal("ConfidentialCase", a.TargetType));
        await w.AssertNoNameInAuditAsync();
    }

    [Fact]
    public async Task EveryCaseRoute_AsAnyoneNotEntitled_Returns404LikeAMissingCase_AndChangesNothing()
    {
        var w = await ConfidentialWorld.CreateAsync(app);
        var refused = await w.RefusedAsync();
        var (user, _, client) = await w.MemberAsync();
        var found = await w.CaseAsync(user.Id, lastName: FollowedLast);
        var missing = await MissingBodyAsync(await client.GetAsync(w.Case(Guid.NewGuid()), Ct));
        var before = await w.AuditOfAsync(found.Id);
        foreach (var (who, other, pid) in refused)
        {
            var url = w.Case(found.Id, pid);
            await AssertNotFoundAsync(await other.GetAsync(url, Ct), missing, who);
            await AssertNotFoundAsync(await other.PutAsJsonAsync(url, new { version = found.Version, persons = Array.Empty<object>(), origin = "Famille" }, Ct), missing, who);
            await AssertNotFoundAsync(await other.PostAsJsonAsync(url + "/close", new { version = found.Version, closedOn = "2026-10-01" }, Ct), missing, who);
            await AssertNotFoundAsync(await other.PostAsJsonAsync(url + "/entries", new { kind = "Information", category = "Schooling", text = "x" }, Ct), missing, who);
            await AssertNotFoundAsync(await other.GetAsync(url + "/access-log", Ct), missing, who);
            await AssertNotFoundAsync(await other.GetAsync(url + "/access-log/verify", Ct), missing, who);
            await AssertNotFoundAsync(await other.GetAsync(url + "/export?format=pdf", Ct), missing, who);
        }
        Assert.Equal(before.Count, (await w.AuditOfAsync(found.Id)).Count);
        var row = await app.WithDbAsync(db => db.Set<ConfidentialCase>().AsNoTracking().SingleAsync(c => c.Id == found.Id));
        Assert.Equal(CaseStatus.Active, row.Status);
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<CaseEntry>().CountAsync(e => e.CaseId == found.Id)));
    }

    [Fact]
    public async Task Get_AnArchivedCase_WithoutReason_Is404_WithAReason_IsReadOnly_AndTheReasonIsSealedAndLogged()
    {
        var w = await ConfidentialWorld.CreateAsync(app);
        var (user, _, client) = await w.MemberAsync();
        var archived = await w.CaseAsync(user.Id, lastName: FollowedLast, status: CaseStatus.Archived);

        var refused = await ProblemAsync(await client.GetAsync(w.Case(archived.Id), Ct), HttpStatusCode.NotFound);
        Assert.True(refused.GetProperty("reasonRequired").GetBoolean());
        await ProblemAsync(await client.PostAsJsonAsync(w.Case(archived.Id) + "/archive-reads", new { reason = "abc" }, Ct), HttpStatusCode.BadRequest, "reason");
        await ProblemAsync(await client.PostAsJsonAsync(w.Case(archived.Id) + "/archive-reads", new { reason = new string('x', 301) }, Ct), HttpStatusCode.BadRequest, "reason");
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<CaseAccessReason>().CountAsync(r => r.CaseId == archived.Id)));

        const string reason = "Demande du juge des enfants pour l'audience";
        var read = await OkAsync<JsonElement>(await client.PostAsJsonAsync(w.Case(archived.Id) + "/archive-reads", new { reason }, Ct));
        Assert.False(read.GetProperty("canWrite").GetBoolean());
        var stored = await app.WithDbAsync(db => db.Set<CaseAccessReason>().AsNoTracking().SingleAsync(r => r.CaseId == archived.Id));
        Assert.DoesNotContain("juge", stored.SealedReason);
        var audit = Assert.Single(await w.AuditOfAsync(archived.Id));
        Assert.Equal(AuditEventType.ConfidentialArchiveRead, audit.Type);
        Assert.DoesNotContain("juge", audit.Details);
        var log = await OkAsync<JsonElement>(await client.GetAsync(w.Case(archived.Id) + "/access-log", Ct));
        Assert.Contains(log.GetProperty("lines").EnumerateArray(), l => l.GetProperty("reason").GetString() == reason);
        await ProblemAsync(await client.PostAsJsonAsync(w.Case(archived.Id) + "/entries", new { kind = "Information", category = "Schooling", text = "Nouvelle info" }, Ct),
            HttpStatusCode.Conflict);
        await ProblemAsync(await client.GetAsync(w.Case(archived.Id) + "/export?format=pdf", Ct), HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Update_AsEntitledMember_ReSealsTheRecord_AndAStaleVersionIs409()
    {
        var w = await ConfidentialWorld.CreateAsync(app);
        var (user, _, client) = await w.MemberAsync();
        var (colleague, _, _) = await w.MemberAsync();
        var found = await w.CaseAsync(user.Id);
        var current = await OkAsync<JsonElement>(await client.GetAsync(w.Case(found.Id), Ct));
        var version = current.GetProperty("version").GetGuid();
        var change = new
        {
            version,
            persons = new object[] { new { role = "Followed", lastName = FollowedLast, firstName = "Léa", birthDate = "2011-03-14" } },
            situation = "DroppedOut",
            origin = "Bailleur",
            referentUserId = colleague.Id,
        };

        var updated = await OkAsync<JsonElement>(await client.PutAsJsonAsync(w.Case(found.Id), change, Ct));

        Assert.Equal("DroppedOut", updated.GetProperty("record").GetProperty("situation").GetString());
        Assert.Equal(colleague.Id, updated.GetProperty("referentUserId").GetGuid());
        Assert.Contains(await w.AuditOfAsync(found.Id), a => a.Type == AuditEventType.ConfidentialCaseUpdated);
        await ProblemAsync(await client.PutAsJsonAsync(w.Case(found.Id), change, Ct), HttpStatusCode.Conflict);
        var row = await app.WithDbAsync(db => db.Set<ConfidentialCase>().AsNoTracking().SingleAsync(c => c.Id == found.Id));
        Assert.DoesNotContain(FollowedLast, row.SealedRecord);
        await w.AssertNoNameInAuditAsync();
    }

    [Theory]
    [InlineData("no version", """{"persons":[{"role":"Followed","lastName":"Zerbinatti","firstName":"Léa","birthDate":"2011-03-14"}],"origin":"Famille"}""")]
    [InlineData("over 25", """{"version":"VERSION","persons":[{"role":"Followed","lastName":"Zerbinatti","firstName":"Léa","birthDate":"1995-03-14"}],"origin":"Famille"}""")]
    [InlineData("no origin", """{"version":"VERSION","persons":[{"role":"Followed","lastName":"Zerbinatti","firstName":"Léa","birthDate":"2011-03-14"}]}""")]
    public async Task Update_WithBadInput_Returns400_AndChangesNothing(string what, string json)
    {
        var w = await ConfidentialWorld.CreateAsync(app);
        var (user, _, client) = await w.MemberAsync();
        var found = await w.CaseAsync(user.Id);
        var body = await ProblemAsync(await client.PutAsync(w.Case(found.Id), RawJson(json.Replace("VERSION", found.Version.ToString())), Ct), HttpStatusCode.BadRequest);
        Assert.DoesNotContain(FollowedLast, body.GetRawText());
        var row = await app.WithDbAsync(db => db.Set<ConfidentialCase>().AsNoTracking().SingleAsync(c => c.Id == found.Id));
        Assert.Equal(found.SealedRecord, row.SealedRecord);
        Assert.True(what.Length > 0);
    }

    [Fact]
    public async Task Close_AsEntitledMember_ArchivesForTheCharterYears_AndAuditsIt()
    {
        var w = await ConfidentialWorld.CreateAsync(app);
        var (user, _, client) = await w.MemberAsync();
        var found = await w.CaseAsync(user.Id);

        var closed = await OkAsync<JsonElement>(await client.PostAsJsonAsync(w.Case(found.Id) + "/close", new { version = found.Version, closedOn = "2026-10-15" }, Ct));

        Assert.Equal("Archived", closed.GetProperty("status").GetString());
        Assert.Equal("2029-10-15", closed.GetProperty("archiveUntil").GetString());
        Assert.Contains(await w.AuditOfAsync(found.Id), a => a.Type == AuditEventType.ConfidentialCaseClosed);
        await ProblemAsync(await client.PostAsJsonAsync(w.Case(found.Id) + "/close", new { version = found.Version, closedOn = "2026-10-15" }, Ct), HttpStatusCode.Conflict);
    }

    [Theory]
    [InlineData("2026-08-01")]
    [InlineData("2099-01-01")]
    [InlineData(null)]
    public async Task Close_WithABadDate_Returns400_AndKeepsTheCaseActive(string? closedOn)
    {
        var w = await ConfidentialWorld.CreateAsync(app);
        var (user, _, client) = await w.MemberAsync();
        var found = await w.CaseAsync(user.Id);
        await ProblemAsync(await client.PostAsJsonAsync(w.Case(found.Id) + "/close", new { version = found.Version, closedOn }, Ct), HttpStatusCode.BadRequest, "closedOn");
        var row = await app.WithDbAsync(db => db.Set<ConfidentialCase>().AsNoTracking().SingleAsync(c => c.Id == found.Id));
        Assert.Equal(CaseStatus.Active, row.Status);
    }
}
