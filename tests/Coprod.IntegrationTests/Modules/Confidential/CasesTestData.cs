using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Coprod.Web.Modules.Confidential.Domain;
using Coprod.Web.Modules.Partnerships.Domain;
using Coprod.Web.Platform.Audit;
using Coprod.Web.Platform.Auth;
using Microsoft.EntityFrameworkCore;
using static Coprod.IntegrationTests.ApiAssert;

namespace Coprod.IntegrationTests.Modules.Confidential;

/// <summary>Requests and checks shared by the case tests: the people who must be refused, and the places a name must never reach.</summary>
public static class CasesTestData
{
    public const string FollowedLast = "Zerbinatti";
    public const string FollowedFirst = "Maëlys";

    public static string Base(this ConfidentialWorld w, Guid? partnershipId = null) => $"/api/v1/partnerships/{partnershipId ?? w.Partnership.Id}/confidential";

    public static string CasesOf(this ConfidentialWorld w, Guid? groupId = null, Guid? partnershipId = null) =>
        $"{w.Base(partnershipId)}/groups/{groupId ?? w.Group.Id}/cases";

    public static string Case(this ConfidentialWorld w, Guid caseId, Guid? partnershipId = null) => $"{w.Base(partnershipId)}/cases/{caseId}";

    /// <summary>Someone refused, and the partnership whose routes they call (their own: a stranger to the partnership is stopped earlier, with 403).</summary>
    public sealed record Refused(string Who, HttpClient Client, Guid PartnershipId);

    /// <summary>An open-case request for a 15-year-old and one legal representative.</summary>
    public static object NewCase(string? birthDate = null, string lastName = FollowedLast, object? origin = null, Guid? referent = null, string? openedOn = "2026-01-05") => new
    {
        persons = new object[]
        {
            new { role = "Followed", lastName, firstName = FollowedFirst, birthDate = birthDate ?? DateOnly.FromDateTime(DateTime.Today.AddYears(-15)).ToString("yyyy-MM-dd") },
            new { role = "LegalRepresentative", lastName, firstName = "Sandrine", address = "3 rue des Lilas" },
        },
        situation = "MiddleSchool",
        situationDetail = "Absences répétées depuis la rentrée",
        openedOn,
        origin = origin ?? "EtablissementScolaire",
        referentUserId = referent,
    };

    public static async Task<JsonElement> OpenAsync(this ConfidentialWorld w, HttpClient client, object? request = null) =>
        await OkAsync<JsonElement>(await client.PostAsJsonAsync(w.CasesOf(), request ?? NewCase(), Ct), HttpStatusCode.Created);

    /// <summary>
    /// Everyone who must not see the case data of the world's group, each with a client. It publishes a second charter
    /// version (to leave one member with an outdated signature): create the entitled members afterwards.
    /// </summary>
    public static async Task<IReadOnlyList<Refused>> RefusedAsync(this ConfidentialWorld w)
    {
        var app = w.App;
        var other = await w.AnotherGroupAsync();
        var (_, _, otherGroup) = await w.MemberAsync(inGroup: other);
        var (_, _, noTwoFactor) = await w.MemberAsync(twoFactor: false);
        var (_, _, outdated) = await w.MemberAsync();
        var (_, removedMember, removed) = await w.MemberAsync();
        var admin = await app.CreateUserAsync(PlatformRole.Admin);
        await app.GrantAsync(admin, w.Partnership, PartnershipRole.Partenaire);
        var president = await app.CreateUserAsync(twoFactor: true);
        await app.GrantAsync(president, w.Partnership, PartnershipRole.President);
        var elsewhere = await ConfidentialWorld.CreateAsync(app);
        var (_, _, elsewhereMember) = await elsewhere.MemberAsync();
        await app.WithDbAsync(async db =>
        {
            var removedRow = await db.Set<GroupMember>().SingleAsync(m => m.Id == removedMember.Id);
            removedRow.EndedAt = DateTimeOffset.UtcNow;
            removedRow.EndReason = MemberEndReason.Removed;
            // A second charter version: the member who signed only the first may no longer read.
            var first = await db.Set<CharterVersion>().AsNoTracking().Where(v => v.GroupId == w.Group.Id).OrderBy(v => v.Number).FirstAsync();
            db.Add(new CharterVersion
            {
                Id = Guid.NewGuid(),
                GroupId = w.Group.Id,
                Number = first.Number + 1,
                Purpose = first.Purpose,
                Categories = first.Categories,
                Rules = first.Rules,
                NotesAllowed = first.NotesAllowed,
                PublishedBy = w.Coordinator.Id,
                PublishedAt = DateTimeOffset.UtcNow,
            });
            await db.SaveChangesAsync();
        });
        var here = w.Partnership.Id;
        return
        [
            new("coordinator, not a member", app.ClientFor(w.Coordinator.Id), here),
            new("president, not a member", app.ClientFor(president.Id), here),
            new("member of another group", otherGroup, here),
            new("member without 2FA", noTwoFactor, here),
            new("member with an outdated signature", outdated, here),
            new("removed member", removed, here),
            new("admin", app.ClientFor(admin.Id), here),
            new("member of a group of another partnership", elsewhereMember, elsewhere.Partnership.Id),
        ];
    }

    /// <summary>The response is the 404 given for a case that does not exist: same status, same title and detail.</summary>
    public static async Task AssertNotFoundAsync(HttpResponseMessage response, JsonElement missing, string who)
    {
        Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{who} got {(int)response.StatusCode}");
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal(missing.GetProperty("detail").GetString(), body.GetProperty("detail").GetString());
        Assert.Equal(missing.GetProperty("title").GetString(), body.GetProperty("title").GetString());
        Assert.False(body.TryGetProperty("errors", out _), who);
    }

    public static async Task<JsonElement> MissingBodyAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
    }

    /// <summary>The audit records of a case (or a group) in order.</summary>
    public static Task<List<AuditRecord>> AuditOfAsync(this ConfidentialWorld w, Guid targetId) =>
        w.App.WithDbAsync(db => db.Set<AuditRecord>().AsNoTracking().Where(a => a.TargetId == targetId.ToString()).OrderBy(a => a.Sequence).ToListAsync());

    /// <summary>No audit record, anywhere, holds the followed person's name.</summary>
    public static async Task AssertNoNameInAuditAsync(this ConfidentialWorld w, string name = FollowedLast)
    {
        var leaks = await w.App.WithDbAsync(db => db.Set<AuditRecord>().AsNoTracking().Where(a => a.Details != null && a.Details.Contains(name)).CountAsync());
        Assert.Equal(0, leaks);
    }

}
