using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Coprod.Web.Modules.Confidential.Domain;
using Coprod.Web.Platform.Audit;
using Microsoft.EntityFrameworkCore;
using static Coprod.IntegrationTests.ApiAssert;
using static Coprod.IntegrationTests.Modules.Confidential.CasesTestData;

namespace Coprod.IntegrationTests.Modules.Confidential;

/// <summary>CONF-2, CONF-7: entries of a case, in a category the charter allows, sealed, audited without content.</summary>
public sealed class CaseEntryTests(AppFactory app)
{
    [Fact]
    public async Task AddAction_AsEntitledMember_SealsIt_AuditsIdsOnly_AndTellsTheOthersWithoutContent()
    {
        var w = await ConfidentialWorld.CreateAsync(app);
        var (user, _, client) = await w.MemberAsync();
        var (colleague, _, _) = await w.MemberAsync();
        var found = await w.CaseAsync(user.Id, lastName: FollowedLast);

        var entry = await OkAsync<JsonElement>(await client.PostAsJsonAsync(w.Case(found.Id) + "/entries",
            new { kind = "Action", category = "SupportActions", text = "Rendez-vous Mission locale pour Zerbinatti", startsOn = "2026-10-01", endsOn = "2026-11-01", result = "Inscrit" },
            Ct), HttpStatusCode.Created);

        var id = entry.GetProperty("id").GetGuid();
        Assert.Equal("Inscrit", entry.GetProperty("content").GetProperty("result").GetString());
        var row = await app.WithDbAsync(db => db.Set<CaseEntry>().AsNoTracking().SingleAsync(e => e.Id == id));
        Assert.DoesNotContain("Mission", row.SealedContent);
        var audit = (await w.AuditOfAsync(found.Id)).Single(a => a.Type == AuditEventType.ConfidentialEntryAdded);
        Assert.Contains(id.ToString(), audit.Details);
        Assert.DoesNotContain("Mission", audit.Details);
        await w.AssertNoNameInAuditAsync();
        var mail = Assert.Single(app.MailsTo(colleague.Email!));
        Assert.DoesNotContain("Mission", mail.TextBody);
        Assert.DoesNotContain(FollowedLast, mail.TextBody);
        Assert.DoesNotContain(found.Reference, mail.TextBody + mail.Subject);
        var read = await OkAsync<JsonElement>(await client.GetAsync(w.Case(found.Id), Ct));
        Assert.Single(read.GetProperty("entries").EnumerateArray());
    }

    [Fact]
    public async Task AddFamilyInformed_AsEntitledMember_KeepsWhenByWhomAndHow_InTheFamilySituationCategory()
    {
        var w = await ConfidentialWorld.CreateAsync(app);
        var (user, _, client) = await w.MemberAsync();
        var (colleague, _, _) = await w.MemberAsync();
        var found = await w.CaseAsync(user.Id);

        var entry = await OkAsync<JsonElement>(await client.PostAsJsonAsync(w.Case(found.Id) + "/entries",
            new { kind = "FamilyInformed", informedOn = "2026-10-02", informedBy = colleague.Id, how = "HomeVisit" }, Ct), HttpStatusCode.Created);

        Assert.Equal("FamilySituation", entry.GetProperty("category").GetString());
        Assert.Equal(colleague.DisplayName, entry.GetProperty("informedByName").GetString());
        Assert.Equal("HomeVisit", entry.GetProperty("content").GetProperty("how").GetString());
    }

    [Fact]
    public async Task AddNote_WhenTheCharterAllowsNotes_IsKept()
    {
        var w = await ConfidentialWorld.CreateAsync(app, notesAllowed: true);
        var (user, _, client) = await w.MemberAsync();
        var found = await w.CaseAsync(user.Id);
        await OkAsync<JsonElement>(await client.PostAsJsonAsync(w.Case(found.Id) + "/entries", new { kind = "Note", category = "Schooling", text = "Présent lundi." }, Ct),
            HttpStatusCode.Created);
    }

    public static TheoryData<string, string, string> BadEntries => new()
    {
        { "category not in the charter", "category", """{"kind":"Information","category":"Housing","text":"Zerbinatti"}""" },
        { "sensitive without justification", "justification", """{"kind":"Information","category":"Offences","text":"Zerbinatti","justification":"trop court"}""" },
        { "action without start", "startsOn", """{"kind":"Action","category":"SupportActions","text":"Zerbinatti"}""" },
        { "action ending before it starts", "endsOn", """{"kind":"Action","category":"SupportActions","text":"Zerbinatti","startsOn":"2026-10-02","endsOn":"2026-10-01"}""" },
        { "action without text", "text", """{"kind":"Action","category":"SupportActions","startsOn":"2026-10-02"}""" },
        { "information without text", "text", """{"kind":"Information","category":"Schooling"}""" },
        { "note while the charter disables notes", "kind", """{"kind":"Note","category":"Schooling","text":"Zerbinatti"}""" },
        { "family informed in the future", "informedOn", """{"kind":"FamilyInformed","informedOn":"2099-01-01","informedBy":"MEMBER","how":"Letter"}""" },
        { "family informed by a stranger", "informedBy", """{"kind":"FamilyInformed","informedOn":"2026-10-01","informedBy":"0b8f3a55-6c43-4a3e-9d7b-0a0c1f3e2b11","how":"Letter"}""" },
        { "family informed without how", "how", """{"kind":"FamilyInformed","informedOn":"2026-10-01","informedBy":"MEMBER"}""" },
        { "no kind", "kind", """{"category":"Schooling","text":"Zerbinatti"}""" },
        { "text too long", "text", """{"kind":"Information","category":"Schooling","text":"LONG"}""" },
    };

    [Theory]
    [MemberData(nameof(BadEntries))]
    public async Task Add_WithBadInput_Returns400OnTheField_WithoutContent_AndSavesNothing(string what, string field, string json)
    {
        var w = await ConfidentialWorld.CreateAsync(app);
        var (user, _, client) = await w.MemberAsync();
        var found = await w.CaseAsync(user.Id);
        var body = await ProblemAsync(await client.PostAsync(w.Case(found.Id) + "/entries",
            RawJson(json.Replace("MEMBER", user.Id.ToString()).Replace("LONG", new string('x', ConfidentialLimits.Text + 1))), Ct), HttpStatusCode.BadRequest, field);
        Assert.DoesNotContain(FollowedLast, body.GetRawText());
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<CaseEntry>().CountAsync(e => e.CaseId == found.Id)));
        Assert.DoesNotContain(await w.AuditOfAsync(found.Id), a => a.Type == AuditEventType.ConfidentialEntryAdded);
        Assert.True(what.Length > 0);
    }

    [Fact]
    public async Task Add_OutsideTheCharter_SaysSo_AndNotesDisabled_SaysSo()
    {
        var w = await ConfidentialWorld.CreateAsync(app);
        var (user, _, client) = await w.MemberAsync();
        var found = await w.CaseAsync(user.Id);
        var category = await ProblemAsync(await client.PostAsJsonAsync(w.Case(found.Id) + "/entries", new { kind = "Information", category = "Health", text = "x" }, Ct),
            HttpStatusCode.BadRequest, "category");
        Assert.Contains("catégorie non prévue par la charte du groupe", category.GetRawText(), StringComparison.OrdinalIgnoreCase);
        var note = await ProblemAsync(await client.PostAsJsonAsync(w.Case(found.Id) + "/entries", new { kind = "Note", category = "Schooling", text = "x" }, Ct),
            HttpStatusCode.BadRequest, "kind");
        Assert.Contains("notes libres désactivées par la charte", note.GetRawText(), StringComparison.OrdinalIgnoreCase);
    }
}
