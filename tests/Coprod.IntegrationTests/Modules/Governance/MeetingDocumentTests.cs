using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Coprod.Web.Modules.Governance.Domain;
using Coprod.Web.Modules.Partnerships.Domain;
using Coprod.Web.Platform.Audit;
using Microsoft.EntityFrameworkCore;
using static Coprod.IntegrationTests.ApiAssert;
using static Coprod.IntegrationTests.Modules.Governance.SampleDocuments;

namespace Coprod.IntegrationTests.Modules.Governance;

public sealed class MeetingDocumentTests(AppFactory app)
{
    [Fact]
    public async Task Upload_Pdf_IsListed_DownloadedIdentically_WithItsDigestStored_AndAuditedWithoutItsContent()
    {
        var (world, meetingId, url) = await MeetingAsync();
        var bytes = Pdf();
        var created = await OkAsync<JsonElement>(await world.Coordinator.PostAsync(url, Form(bytes, @"C:\Mes documents\Diaporama séance.pdf"), Ct), HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes));
        Assert.Equal(sha256, created.GetProperty("sha256").GetString());
        Assert.Equal("Diaporama séance.pdf", created.GetProperty("fileName").GetString());
        Assert.Equal(world.CoordinatorUser.DisplayName, created.GetProperty("uploadedByName").GetString());

        var listed = Assert.Single(await OkAsync<JsonElement[]>(await world.Coordinator.GetAsync(url, Ct)));
        Assert.Equal("Diaporama de la séance", listed.GetProperty("title").GetString());
        Assert.Equal("application/pdf", listed.GetProperty("contentType").GetString());
        Assert.Equal("PDF", listed.GetProperty("format").GetString());
        Assert.Equal(bytes.Length, listed.GetProperty("size").GetInt64());
        Assert.False(listed.TryGetProperty("content", out _));
        var meeting = await OkAsync<JsonElement>(await world.Coordinator.GetAsync($"{world.Base}/meetings/{meetingId}", Ct));
        Assert.Equal(id, Assert.Single(meeting.GetProperty("documents").EnumerateArray().ToList()).GetProperty("id").GetGuid());

        var download = await world.Coordinator.GetAsync($"{url}/{id}", Ct);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(bytes, await download.Content.ReadAsByteArrayAsync(Ct));
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("Diaporama séance.pdf", download.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal("nosniff", Assert.Single(download.Headers.GetValues("X-Content-Type-Options")));

        Assert.Equal(sha256, await app.WithDbAsync(db => db.Set<MeetingDocument>().Where(d => d.Id == id).Select(d => d.Sha256).SingleAsync()));
        var audit = await app.WithDbAsync(db => db.Set<AuditRecord>().SingleAsync(r => r.Type == AuditEventType.GovernanceDocumentUploaded && r.TargetId == id.ToString()));
        var details = JsonDocument.Parse(audit.Details!).RootElement;
        Assert.Equal(["meetingId", "contentType", "size", "sha256"], details.EnumerateObject().Select(p => p.Name));
        Assert.DoesNotContain("%PDF", audit.Details);
        Assert.DoesNotContain(Convert.ToBase64String(bytes)[..12], audit.Details);
    }

    [Theory]
    [InlineData("compte-rendu.docx", "DOCX")]
    [InlineData("ordre-du-jour.odt", "ODT")]
    [InlineData("plan.PNG", "PNG")]
    [InlineData("actions.csv", "CSV")]
    public async Task Upload_OtherAcceptedKinds_AreRecognisedByTheirContent(string fileName, string format)
    {
        var (world, _, url) = await MeetingAsync();
        var bytes = format switch { "DOCX" => Docx(), "ODT" => Odt(), "PNG" => Png(), _ => Csv() };
        var created = await OkAsync<JsonElement>(await world.Coordinator.PostAsync(url, Form(bytes, fileName), Ct), HttpStatusCode.Created);
        Assert.Equal(format, created.GetProperty("format").GetString());
        var download = await world.Coordinator.GetAsync($"{url}/{created.GetProperty("id").GetGuid()}", Ct);
        Assert.Equal(bytes, await download.Content.ReadAsByteArrayAsync(Ct));
    }

    [Fact]
    public async Task Documents_AsFieldAgent_AreReadButNotUploaded()
    {
        var (world, _, url) = await MeetingAsync();
        var created = await OkAsync<JsonElement>(await world.Coordinator.PostAsync(url, Form(Pdf(), "a.pdf"), Ct), HttpStatusCode.Created);
        var (_, agent) = await world.MemberAsync(PartnershipRole.Agent);
        Assert.Single(await OkAsync<JsonElement[]>(await agent.GetAsync(url, Ct)));
        Assert.Equal(HttpStatusCode.OK, (await agent.GetAsync($"{url}/{created.GetProperty("id").GetGuid()}", Ct)).StatusCode);

        await ProblemAsync(await agent.PostAsync(url, Form(Pdf(), "b.pdf"), Ct), HttpStatusCode.Forbidden);
        Assert.Equal(1, await CountAsync(world));
    }

    [Fact]
    public async Task Upload_AsPartnerWhoDoesNotManageTheBody_Returns403AndStoresNothing()
    {
        var (world, _, url) = await MeetingAsync();
        var partner = app.ClientFor(world.Representatives[0].Id);
        await ProblemAsync(await partner.PostAsync(url, Form(Pdf(), "a.pdf"), Ct), HttpStatusCode.Forbidden);
        Assert.Equal(0, await CountAsync(world));
    }

    [Fact]
    public async Task Documents_AsCoordinatorOfAnotherPartnership_Return403()
    {
        var (world, _, url) = await MeetingAsync();
        var created = await OkAsync<JsonElement>(await world.Coordinator.PostAsync(url, Form(Pdf(), "a.pdf"), Ct), HttpStatusCode.Created);
        var (_, _, stranger) = await app.MemberAsync(PartnershipRole.Coordinateur);
        Assert.Equal(HttpStatusCode.Forbidden, (await stranger.GetAsync(url, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await stranger.GetAsync($"{url}/{created.GetProperty("id").GetGuid()}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await stranger.PostAsync(url, Form(Pdf(), "b.pdf"), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await stranger.DeleteAsync($"{url}/{created.GetProperty("id").GetGuid()}", Ct)).StatusCode);
        Assert.Equal(1, await CountAsync(world));
    }

    [Fact]
    public async Task Download_ADocumentOfAnotherMeeting_Returns404()
    {
        var (world, _, url) = await MeetingAsync();
        var created = await OkAsync<JsonElement>(await world.Coordinator.PostAsync(url, Form(Pdf(), "a.pdf"), Ct), HttpStatusCode.Created);
        var other = await world.ScheduleAsync((await world.CreateBodyAsync("ThematicGroup", "Groupe")).GetProperty("id").GetGuid());
        var wrong = $"{world.Base}/meetings/{other.GetProperty("id").GetGuid()}/documents/{created.GetProperty("id").GetGuid()}";
        await ProblemAsync(await world.Coordinator.GetAsync(wrong, Ct), HttpStatusCode.NotFound);
        await ProblemAsync(await world.Coordinator.DeleteAsync(wrong, Ct), HttpStatusCode.NotFound);
    }

    public static TheoryData<string, byte[], string, string?> BadUploads() => new()
    {
        { "empty file", [], "vide.pdf", "Compte rendu" },
        { "wrong magic", Encoding.UTF8.GetBytes("Ceci n'est pas un PDF."), "faux.pdf", "Compte rendu" },
        { "extension mismatch", Docx(), "compte-rendu.odt", "Compte rendu" },
        { "zip that is no office file", Odt(), "compte-rendu.docx", "Compte rendu" },
        { "text with NUL", [0x61, 0x00, 0x62], "notes.txt", "Notes" },
        { "text not UTF-8", [0x61, 0xE9, 0x62], "notes.csv", "Notes" },
        { "type not accepted", [0x4D, 0x5A, 0x90, 0x00], "outil.exe", "Outil" },
        { "no extension", Pdf(), "compte-rendu", "Compte rendu" },
        { "title missing", Pdf(), "a.pdf", null },
        { "title too long", Pdf(), "a.pdf", new string('a', GovernanceLimits.Name + 1) },
    };

    [Theory]
    [MemberData(nameof(BadUploads))]
    public async Task Upload_BadInput_Returns422WithAFieldError_AndStoresNothing(string why, byte[] bytes, string fileName, string? title)
    {
        var (world, _, url) = await MeetingAsync();
        var response = await world.Coordinator.PostAsync(url, Form(bytes, fileName, title ?? ""), Ct);
        var field = why.StartsWith("title", StringComparison.Ordinal) ? "title" : "file";
        var problem = await ProblemAsync(response, HttpStatusCode.UnprocessableEntity, field);
        Assert.Equal("Document refusé", problem.GetProperty("title").GetString());
        Assert.Equal(0, await CountAsync(world));
    }

    [Fact]
    public async Task Upload_LargerThan10MiB_Returns422_AndMuchLargerIsRefusedBeforeReading_413()
    {
        var (world, _, url) = await MeetingAsync();
        var tooBig = Pdf(GovernanceLimits.DocumentBytes);
        await ProblemAsync(await world.Coordinator.PostAsync(url, Form(tooBig, "gros.pdf"), Ct), HttpStatusCode.UnprocessableEntity, "file");
        var far = Pdf(GovernanceLimits.DocumentRequestBytes);
        await ProblemAsync(await world.Coordinator.PostAsync(url, Form(far, "enorme.pdf"), Ct), HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal(0, await CountAsync(world));
    }

    [Fact]
    public async Task Upload_NotMultipart_Returns422OnFile()
    {
        var (world, _, url) = await MeetingAsync();
        await ProblemAsync(await world.Coordinator.PostAsync(url, RawJson("""{"title":"Compte rendu"}"""), Ct), HttpStatusCode.UnprocessableEntity, "file");
    }

    [Fact]
    public async Task Upload_TitleWithAPhoneNumber_Returns422WithFindings_AndStoresNothing()
    {
        var (world, _, url) = await MeetingAsync();
        var response = await world.Coordinator.PostAsync(url, Form(Pdf(), "a.pdf", "Appeler le gardien au 06 12 34 56 78", "c'est un numéro de service"), Ct);
        var problem = await ProblemAsync(response, HttpStatusCode.UnprocessableEntity, "title");
        Assert.Equal("phone", Assert.Single(problem.GetProperty("findings").EnumerateArray()).GetProperty("kind").GetString());
        Assert.False(problem.GetProperty("overridable").GetBoolean());
        Assert.Equal(0, await CountAsync(world));
    }

    [Fact]
    public async Task Upload_TitleWithAPersonName_Returns422_ThenStoredOnAReason_WhichIsAudited()
    {
        var (world, _, url) = await MeetingAsync();
        const string title = "Bilan des Amis de Kevin Durand";
        var refused = await world.Coordinator.PostAsync(url, Form(Pdf(), "a.pdf", title), Ct);
        Assert.True((await ProblemAsync(refused, HttpStatusCode.UnprocessableEntity, "title")).GetProperty("overridable").GetBoolean());
        Assert.Equal(0, await CountAsync(world));

        var created = await OkAsync<JsonElement>(await world.Coordinator.PostAsync(url, Form(Pdf(), "a.pdf", title, "c'est le nom d'une association"), Ct),
            HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid().ToString();
        Assert.True(await app.WithDbAsync(db => db.Set<AuditRecord>().AnyAsync(r => r.Type == AuditEventType.PersonalDataOverridden && r.TargetId == id)));
    }

    [Fact]
    public async Task Upload_BeyondThirtyDocuments_Returns422()
    {
        var (world, meetingId, url) = await MeetingAsync();
        await app.WithDbAsync(async db =>
        {
            for (var i = 0; i < GovernanceLimits.DocumentsPerMeeting; i++)
            {
                db.Add(new MeetingDocument
                {
                    Id = Guid.NewGuid(),
                    MeetingId = meetingId,
                    PartnershipId = world.Partnership.Id,
                    Title = $"Pièce {i}",
                    FileName = $"{i}.pdf",
                    ContentType = "application/pdf",
                    Size = 1,
                    Sha256 = new string('0', 64),
                    UploadedBy = world.CoordinatorUser.Id,
                    UploadedAt = DateTimeOffset.UtcNow,
                });
            }
            await db.SaveChangesAsync();
        });
        await ProblemAsync(await world.Coordinator.PostAsync(url, Form(Pdf(), "a.pdf"), Ct), HttpStatusCode.UnprocessableEntity, "file");
        Assert.Equal(GovernanceLimits.DocumentsPerMeeting, await CountAsync(world));
    }

    [Fact]
    public async Task Upload_OnACancelledMeeting_IsAccepted()
    {
        var (world, meetingId, url) = await MeetingAsync();
        var meeting = await OkAsync<JsonElement>(await world.Coordinator.GetAsync($"{world.Base}/meetings/{meetingId}", Ct));
        await OkAsync<JsonElement>(await world.Coordinator.PostAsJsonAsync($"{world.Base}/meetings/{meetingId}/cancel", new { version = meeting.GetProperty("version").GetGuid() }, Ct));
        await OkAsync<JsonElement>(await world.Coordinator.PostAsync(url, Form(Pdf(), "annulation.pdf", "Courrier d'annulation"), Ct), HttpStatusCode.Created);
    }

    [Fact]
    public async Task Gltd_DocumentsAreTheProsecutors_TheCoordinatorReadsThem()
    {
        var world = await GovernanceWorld.CreateAsync(app, 1);
        var (_, parquet) = await world.MemberAsync(PartnershipRole.Parquet);
        var body = await OkAsync<JsonElement>(await parquet.PostAsJsonAsync($"{world.Base}/bodies",
            new { kind = "Gltd", name = "GLTD Village Sud", scope = "Quartier Village Sud : trafics", startsOn = "2027-01-01", endsOn = "2027-12-31" }, Ct), HttpStatusCode.Created);
        var meeting = await OkAsync<JsonElement>(await parquet.PostAsJsonAsync($"{world.Base}/bodies/{body.GetProperty("id").GetGuid()}/meetings",
            new { title = "GLTD", startsAt = "2027-02-01T10:00:00+01:00", endsAt = "2027-02-01T11:00:00+01:00" }, Ct), HttpStatusCode.Created);
        var url = $"{world.Base}/meetings/{meeting.GetProperty("id").GetGuid()}/documents";

        await ProblemAsync(await world.Coordinator.PostAsync(url, Form(Pdf(), "a.pdf"), Ct), HttpStatusCode.Forbidden);
        var created = await OkAsync<JsonElement>(await parquet.PostAsync(url, Form(Pdf(), "a.pdf"), Ct), HttpStatusCode.Created);
        Assert.Single(await OkAsync<JsonElement[]>(await world.Coordinator.GetAsync(url, Ct)));
        await ProblemAsync(await world.Coordinator.DeleteAsync($"{url}/{created.GetProperty("id").GetGuid()}", Ct), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Delete_AsCoordinator_RemovesTheDocumentAndItsBytes_Audited_PartnerAndAgentAreRefused()
    {
        var (world, _, url) = await MeetingAsync();
        var created = await OkAsync<JsonElement>(await world.Coordinator.PostAsync(url, Form(Pdf(), "a.pdf"), Ct), HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();
        var partner = app.ClientFor(world.Representatives[0].Id);
        await ProblemAsync(await partner.DeleteAsync($"{url}/{id}", Ct), HttpStatusCode.Forbidden);
        var (_, agent) = await world.MemberAsync(PartnershipRole.Agent);
        Assert.Equal(HttpStatusCode.Forbidden, (await agent.DeleteAsync($"{url}/{id}", Ct)).StatusCode);
        Assert.Equal(1, await CountAsync(world));

        Assert.Equal(HttpStatusCode.NoContent, (await world.Coordinator.DeleteAsync($"{url}/{id}", Ct)).StatusCode);
        Assert.Empty(await OkAsync<JsonElement[]>(await world.Coordinator.GetAsync(url, Ct)));
        Assert.False(await app.WithDbAsync(db => db.Set<MeetingDocumentContent>().AnyAsync(c => c.DocumentId == id)));
        await ProblemAsync(await world.Coordinator.GetAsync($"{url}/{id}", Ct), HttpStatusCode.NotFound);
        var audit = await app.WithDbAsync(db => db.Set<AuditRecord>().SingleAsync(r => r.Type == AuditEventType.GovernanceDocumentDeleted && r.TargetId == id.ToString()));
        Assert.Contains(created.GetProperty("sha256").GetString()!, audit.Details);
        await ProblemAsync(await world.Coordinator.DeleteAsync($"{url}/{id}", Ct), HttpStatusCode.NotFound);
    }

    private async Task<(GovernanceWorld World, Guid MeetingId, string Url)> MeetingAsync()
    {
        var world = await GovernanceWorld.CreateAsync(app, 1);
        var meeting = await world.ScheduleAsync((await world.CreateBodyAsync("ThematicGroup", "Groupe prévention")).GetProperty("id").GetGuid());
        var id = meeting.GetProperty("id").GetGuid();
        return (world, id, $"{world.Base}/meetings/{id}/documents");
    }

    private Task<int> CountAsync(GovernanceWorld world) =>
        app.WithDbAsync(db => db.Set<MeetingDocument>().CountAsync(d => d.PartnershipId == world.Partnership.Id));
}
