using System.Net;
using System.Text.RegularExpressions;
using Coprod.Tests.Shared;
using Coprod.Web.Modules.Contract.Domain;
using Coprod.Web.Modules.Partnerships.Domain;
using Coprod.Web.Platform.Audit;
using Coprod.Web.Platform.Auth;
using Microsoft.EntityFrameworkCore;
using static Coprod.IntegrationTests.ApiAssert;

namespace Coprod.IntegrationTests.Modules.Evaluation;

/// <summary>
/// The yearly review (EVAL-3) of last year, which the evaluation world's contract covers: a signatory, the bailiff's two commitments of
/// that year (one kept on time, one still open: 50 %), a value of the late sheet's result; read back as HTML, DOCX (LibreOffice) and PDF (pdftotext).
/// </summary>
public sealed partial class AnnualReviewTests(AppFactory app)
{
    private static readonly int Year = EvaluationWorld.Today.Year - 1;

    private static async Task<EvaluationWorld> WorldAsync(AppFactory app)
    {
        var world = await EvaluationWorld.CreateAsync(app);
        await app.WithDbAsync(async db =>
        {
            db.Add(new ContractSignatory
            {
                Id = Guid.NewGuid(),
                ContractId = world.Contract.Id,
                Role = SignatoryRole.Prefet,
                Label = "Préfète de l'Isère",
                SignedOn = world.Contract.StartsOn,
            });
            db.Add(Commitment(world, "Publier le diagnostic des halls", new DateOnly(Year, 3, 1), CommitmentStatus.Done, new DateOnly(Year, 2, 20)));
            db.Add(Commitment(world, "Poser les digicodes", new DateOnly(Year, 4, 1), CommitmentStatus.Open, null));
            db.Add(new IndicatorValue
            {
                Id = Guid.NewGuid(),
                PartnershipId = world.Partnership.Id,
                IndicatorId = world.Behind.Indicators.First(i => i.Kind == IndicatorKind.Result).Id,
                PeriodEnd = new DateOnly(Year, 11, 30),
                Value = 97,
                Origin = ValueOrigin.Entered,
                Source = "saisie",
                InstitutionId = world.Police.Id,
                RecordedAt = DateTimeOffset.UtcNow.AddMonths(-2),
            });
            await db.SaveChangesAsync();
        });
        return world;
    }

    private static Commitment Commitment(EvaluationWorld w, string text, DateOnly dueOn, CommitmentStatus status, DateOnly? doneOn) => new()
    {
        Id = Guid.NewGuid(),
        PartnershipId = w.Partnership.Id,
        ContractId = w.Contract.Id,
        InstitutionId = w.Bailleur.Id,
        Text = text,
        DueOn = dueOn,
        Status = status,
        DoneOn = doneOn,
        CreatedBy = Guid.NewGuid(),
        CreatedAt = DateTimeOffset.UtcNow.AddMonths(-20),
        Version = Guid.NewGuid(),
    };

    private static string Url(EvaluationWorld w, string query) => w.Url($"reports/annual?{query}");

    private Task<int> AuditsAsync(EvaluationWorld w) =>
        app.WithDbAsync(db => db.Set<AuditRecord>().CountAsync(a => a.Type == AuditEventType.AnnualReportGenerated && a.PartnershipId == w.Partnership.Id, Ct));

    /// <summary>The figures every format must carry: the sheet, the bailiff's 50 % kept, who must answer for the late one, the revision proposed.</summary>
    private static void AssertFigures(string text)
    {
        var flat = Spaces().Replace(text, " ");
        Assert.Contains("Stratégie territoriale", flat);
        Assert.Contains("Médiation dans les halls", flat);
        Assert.Contains("Préfète de l'Isère", flat);
        Assert.Matches(@"Bailleur social( \S+)* 2 1 0 1 0 50 %", flat);
        Assert.Contains("qui doit répondre : Bailleur social", flat);
        Assert.Contains("Proposition : réviser la fiche n° 1", flat);
    }

    [Fact]
    public async Task Html_AsCoordinator_HasTheContractTheSheetsAndTheFigures_AndIsAudited()
    {
        var world = await WorldAsync(app);

        var response = await world.Coordinator.GetAsync(Url(world, $"year={Year}"), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = WebUtility.HtmlDecode(Tags().Replace(await response.Content.ReadAsStringAsync(Ct), " "));
        Assert.Contains($"Bilan annuel {Year}", html);
        AssertFigures(html);
        var record = await app.WithDbAsync(db => db.Set<AuditRecord>().SingleAsync(a => a.Type == AuditEventType.AnnualReportGenerated && a.PartnershipId == world.Partnership.Id, Ct));
        Assert.Contains($"\"year\":{Year}", record.Details);
        Assert.Contains("\"format\":\"html\"", record.Details);
        Assert.DoesNotContain("Médiation", record.Details);
    }

    [Fact]
    public async Task Docx_OpensInLibreOffice_WithRealFigures()
    {
        var world = await WorldAsync(app);

        var response = await world.Coordinator.GetAsync(Url(world, $"year={Year}&format=docx"), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"bilan-annuel-{Year}.docx", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        AssertFigures(await DocumentToolsRun.DocxToTextAsync(await response.Content.ReadAsByteArrayAsync(Ct)));
    }

    [Fact]
    public async Task Pdf_TextHasRealFigures()
    {
        var world = await WorldAsync(app);

        var response = await world.Coordinator.GetAsync(Url(world, $"year={Year}&format=pdf"), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"bilan-annuel-{Year}.pdf", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        var (text, _) = await DocumentToolsRun.PdfToTextAsync(await response.Content.ReadAsByteArrayAsync(Ct));
        Assert.Contains("Médiation dans les halls", Spaces().Replace(text, " "));
        Assert.Matches(@"50 %", Spaces().Replace(text, " "));
        Assert.Contains("Proposition : réviser la fiche n° 1", Spaces().Replace(text, " "));
    }

    [Fact]
    public async Task ThisYear_AsPartnerOrFieldAgent_Is200()
    {
        var world = await WorldAsync(app);
        var partner = await world.MemberAsync(PartnershipRole.Partenaire, world.Police.Id);
        var agent = await world.MemberAsync(PartnershipRole.Agent, world.Police.Id);

        foreach (var client in new[] { partner, agent })
        {
            var response = await client.GetAsync(Url(world, $"year={EvaluationWorld.Today.Year}"), Ct);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("Médiation dans les halls", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct)));
        }
        Assert.Equal(2, await AuditsAsync(world));
    }

    [Fact]
    public async Task AsOtherPartnershipFormerMemberOrAdmin_Is403_AndAnonymous401()
    {
        var world = await WorldAsync(app);
        var (_, _, stranger) = await app.MemberAsync(PartnershipRole.Coordinateur);
        var former = await world.MemberAsync(PartnershipRole.Partenaire, world.Police.Id, EvaluationWorld.Today.AddDays(-1));
        var admin = app.ClientFor((await app.CreateUserAsync(PlatformRole.Admin)).Id);

        foreach (var client in new[] { stranger, former, admin })
        {
            await ProblemAsync(await client.GetAsync(Url(world, $"year={Year}"), Ct), HttpStatusCode.Forbidden);
        }
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Anonymous().GetAsync(Url(world, $"year={Year}"), Ct)).StatusCode);
        Assert.Equal(0, await AuditsAsync(world));
    }

    public static TheoryData<string, string> BadQueries => new()
    {
        { "", "year" },
        { "year=abc", "year" },
        { "year=-1", "year" },
        { "year=1990", "year" },
        { $"year={EvaluationWorld.Today.Year + 1}", "year" },
        { $"year={EvaluationWorld.Today.Year}&format=odt", "format" },
    };

    [Theory]
    [MemberData(nameof(BadQueries))]
    public async Task BadYearOrFormat_Is400_AndNothingIsAudited(string query, string field)
    {
        var world = await WorldAsync(app);

        await ProblemAsync(await world.Coordinator.GetAsync(Url(world, query), Ct), HttpStatusCode.BadRequest, field);

        Assert.Equal(0, await AuditsAsync(world));
    }

    [Fact]
    public async Task WithoutContract_Is400OnYear()
    {
        var (partnership, _, client) = await app.MemberAsync(PartnershipRole.Coordinateur);

        await ProblemAsync(await client.GetAsync($"/api/v1/partnerships/{partnership.Id}/reports/annual?year={EvaluationWorld.Today.Year}", Ct),
            HttpStatusCode.BadRequest, "year");
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();
}
