using System.Net;
using System.Text.Json;
using Coprod.Tests.Shared;
using Coprod.Web.Modules.Confidential.Domain;
using Coprod.Web.Modules.Confidential.Features.Cases;
using Coprod.Web.Platform.Audit;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.Extensions.DependencyInjection;
using static Coprod.IntegrationTests.ApiAssert;
using static Coprod.IntegrationTests.Modules.Confidential.CasesTestData;

namespace Coprod.IntegrationTests.Modules.Confidential;

/// <summary>CONF-4, CONF-5: who read what, the chain check, and exports and prints watermarked with the reader's name.</summary>
public sealed class CaseAccessLogTests(AppFactory app)
{
    [Fact]
    public async Task AccessLog_AsEntitledMember_ListsEveryAccessNewestFirst_WithNames_AndIsItselfAudited()
    {
        var w = await ConfidentialWorld.CreateAsync(app);
        var institution = await app.CreateInstitutionAsync(w.Partnership, name: "Collège Jean Moulin");
        var (user, member, client) = await w.MemberAsync();
        await app.WithDbAsync(async db =>
        {
            db.Attach(member);
            member.InstitutionId = institution.Id;
            await db.SaveChangesAsync();
        });
        var found = await w.CaseAsync(user.Id);
        await OkAsync<JsonElement>(await client.GetAsync(w.Case(found.Id), Ct));

        var log = await OkAsync<JsonElement>(await client.GetAsync(w.Case(found.Id) + "/access-log", Ct));

        var lines = log.GetProperty("lines").EnumerateArray().ToList();
        Assert.Equal(["ConfidentialAccessLogRead", "ConfidentialCaseRead"], lines.Select(l => l.GetProperty("type").GetString()));
        Assert.All(lines, l => Assert.Equal(user.DisplayName, l.GetProperty("who").GetString()));
        Assert.Equal("Collège Jean Moulin", lines[1].GetProperty("institution").GetString());
        Assert.False(string.IsNullOrWhiteSpace(lines[1].GetProperty("what").GetString()));
    }

    [Fact]
    public async Task Verify_AsEntitledMember_ReportsAnIntactChain()
    {
        var w = await ConfidentialWorld.CreateAsync(app);
        var (user, _, client) = await w.MemberAsync();
        var found = await w.CaseAsync(user.Id);
        var result = await OkAsync<JsonElement>(await client.GetAsync(w.Case(found.Id) + "/access-log/verify", Ct));
        Assert.True(result.GetProperty("valid").GetBoolean());
        Assert.True(result.GetProperty("checked").GetInt64() > 0);
        Assert.Equal(JsonValueKind.Null, result.GetProperty("brokenAt").ValueKind);
    }

    [Fact]
    public async Task ExportPdf_AsEntitledMember_IsWatermarkedWithTheReader_OnEveryPage_AndAudited()
    {
        var w = await ConfidentialWorld.CreateAsync(app);
        var (user, _, client) = await w.MemberAsync();
        var found = await w.CaseAsync(user.Id, lastName: FollowedLast);

        var response = await client.GetAsync(w.Case(found.Id) + "/export?format=pdf", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var (text, pages) = await DocumentToolsRun.PdfToTextAsync(await response.Content.ReadAsByteArrayAsync(Ct));
        var flat = string.Join(' ', text.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains($"Document confidentiel — consulté par {user.DisplayName} le", flat);
        Assert.Contains("226-13 du code pénal", flat);
        Assert.Contains(FollowedLast, flat);
        Assert.True(pages >= 1);
        Assert.Equal(2 * pages, CountOf(flat, "Document confidentiel"));
        var audit = (await w.AuditOfAsync(found.Id)).Single(a => a.Type == AuditEventType.ConfidentialCaseExported);
        Assert.Contains("pdf", audit.Details);
        await w.AssertNoNameInAuditAsync();
    }

    [Fact]
    public async Task ExportDocx_AsEntitledMember_HasTheWatermarkInItsHeader()
    {
        var w = await ConfidentialWorld.CreateAsync(app);
        var (user, _, client) = await w.MemberAsync();
        var found = await w.CaseAsync(user.Id);

        var response = await client.GetAsync(w.Case(found.Id) + "/export?format=docx", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync(Ct));
        using var word = WordprocessingDocument.Open(stream, false);
        var header = Assert.Single(word.MainDocumentPart!.HeaderParts).Header!.InnerText;
        Assert.Contains($"Document confidentiel — consulté par {user.DisplayName} le", header);
        Assert.Contains("Léa", word.MainDocumentPart.Document!.Body!.InnerText);
        Assert.Contains(await w.AuditOfAsync(found.Id), a => a.Type == AuditEventType.ConfidentialCaseExported && a.Details!.Contains("docx"));
    }

    [Fact]
    public async Task Export_InAnUnknownFormat_Returns400_AndIsNotAudited()
    {
        var w = await ConfidentialWorld.CreateAsync(app);
        var (user, _, client) = await w.MemberAsync();
        var found = await w.CaseAsync(user.Id);
        await ProblemAsync(await client.GetAsync(w.Case(found.Id) + "/export?format=xlsx", Ct), HttpStatusCode.BadRequest, "format");
        Assert.DoesNotContain(await w.AuditOfAsync(found.Id), a => a.Type == AuditEventType.ConfidentialCaseExported);
    }

    [Fact]
    public async Task Print_AsEntitledMember_IsWatermarkedAndAudited_AndRefusedToOthersAndForTheArchive()
    {
        var w = await ConfidentialWorld.CreateAsync(app);
        var (user, _, _) = await w.MemberAsync();
        var (outsider, _) = await w.OutsiderAsync(Coprod.Web.Modules.Partnerships.Domain.PartnershipRole.Coordinateur);
        var found = await w.CaseAsync(user.Id);
        var archived = await w.CaseAsync(user.Id, status: CaseStatus.Archived);
        await using var scope = app.Services.CreateAsyncScope();
        var handler = scope.ServiceProvider.GetRequiredService<ExportCase.Handler>();

        var printable = await handler.PrintAsync(w.Partnership.Id, found.Id, user.Id, Ct);

        Assert.NotNull(printable);
        Assert.Contains(user.DisplayName, printable.Watermark);
        Assert.Contains(await w.AuditOfAsync(found.Id), a => a.Type == AuditEventType.ConfidentialCasePrinted);
        Assert.Null(await handler.PrintAsync(w.Partnership.Id, found.Id, outsider.Id, Ct));
        Assert.Null(await handler.PrintAsync(w.Partnership.Id, archived.Id, user.Id, Ct));
        Assert.Single(await w.AuditOfAsync(found.Id), a => a.Type == AuditEventType.ConfidentialCasePrinted);
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal))
        {
            count++;
        }
        return count;
    }
}
