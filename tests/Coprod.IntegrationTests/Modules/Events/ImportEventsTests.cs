using System.Net;
using System.Text;
using System.Text.Json;
using Coprod.Web.Modules.Events.Domain;
using Coprod.Web.Modules.Partnerships.Domain;
using Coprod.Web.Platform.Audit;
using Microsoft.EntityFrameworkCore;
using static Coprod.IntegrationTests.ApiAssert;
using static Coprod.IntegrationTests.Modules.Events.EventsWorld;

namespace Coprod.IntegrationTests.Modules.Events;

/// <summary>EVT-4, SEC-3: CSV import with a preview by line, then all or nothing.</summary>
public sealed class ImportEventsTests(AppFactory app)
{
    private static string Yesterday => DateTime.Now.AddDays(-1).ToString("dd/MM/yyyy");

    // French Excel: BOM, « ; », labels with accents, a quoted description with a « ; », quotes and a line break.
    private static string ValidCsv =>
        "\uFEFFCatégorie;Date;Gravité;Description;Latitude;Longitude;Commune;Secteur;Référence\r\n" +
        $"Rodéo motorisé;{Yesterday} 21:30;Grave;Deux motos;45,145;5,72;;;PM-1\r\n" +
        $"tags;{Yesterday} 08:00;faible;\"Tag « ACAB » ; sur \"\"le\"\" mur\r\nprès du hall\";;;Échirolles;Quartier test;PM-2\r\n" +
        $"incendie;{DateTime.UtcNow.AddHours(-3):yyyy-MM-ddTHH:mm:ss}Z;4;Poubelle brûlée;;;38185;;\r\n";

    [Fact]
    public async Task DryRun_PreviewsEveryRowWithItsLine_AndStoresNothing()
    {
        var world = await CreateAsync(app);
        var preview = await OkAsync<JsonElement>(await world.ImportCsvAsync(world.Police, ValidCsv, dryRun: true));

        Assert.False(preview.GetProperty("committed").GetBoolean());
        Assert.Equal(3, preview.GetProperty("count").GetInt32());
        Assert.Equal(0, preview.GetProperty("rowsWithErrors").GetInt32());
        Assert.Equal(";", preview.GetProperty("separator").GetString());
        var rows = preview.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal([2, 3, 5], rows.Select(r => r.GetProperty("line").GetInt32()));
        Assert.Equal(["rodeo", "tags", "incendie"], rows.Select(r => r.GetProperty("category").GetString()));
        Assert.Equal("Tag « ACAB » ; sur \"le\" mur\r\nprès du hall", rows[1].GetProperty("description").GetString());
        Assert.Equal(world.QuartierId, rows[1].GetProperty("areaId").GetGuid());
        Assert.Equal(45.145, rows[0].GetProperty("latitude").GetDouble());
        Assert.Equal("TresGrave", rows[2].GetProperty("severity").GetString());
        Assert.Equal(0, await world.CountAsync());
    }

    [Fact]
    public async Task DryRun_WithBadRows_GivesTheErrorsByLineAndColumn()
    {
        var world = await CreateAsync(app);
        var csv = "categorie,date,gravite,commune\n" +
                  $"rodeo,{Yesterday} 21:30,Grave,38151\n" +
                  $"soucoupe,{Yesterday} 22:00,Grave,38151\n" +
                  $"rodeo,{Yesterday},Grave,38151\n" +
                  "rodeo,31/02/2026 10:00,Grave,38151\n" +
                  $"rodeo,{Yesterday} 23:00,Cataclysmique,Paris\n";
        var preview = await OkAsync<JsonElement>(await world.ImportCsvAsync(world.Police, csv, dryRun: true));

        Assert.Equal(",", preview.GetProperty("separator").GetString());
        Assert.Equal(4, preview.GetProperty("rowsWithErrors").GetInt32());
        var errors = preview.GetProperty("rows").EnumerateArray().ToDictionary(r => r.GetProperty("line").GetInt32(),
            r => r.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("column").GetString()).ToList());
        Assert.Empty(errors[2]);
        Assert.Equal(["categorie"], errors[3]);
        Assert.Equal(["date"], errors[4]);
        Assert.Equal(["date"], errors[5]);
        Assert.Equal(["gravite", "commune"], errors[6]);
    }

    [Fact]
    public async Task Commit_StoresEveryRow_ForTheImportersInstitution_AndAuditsIt()
    {
        var world = await CreateAsync(app);
        var result = await OkAsync<JsonElement>(await world.ImportCsvAsync(world.Police, ValidCsv, dryRun: false));

        Assert.True(result.GetProperty("committed").GetBoolean());
        var stored = await app.WithDbAsync(db => db.Set<SafetyEvent>().Where(e => e.PartnershipId == world.Partnership.Id).ToListAsync(Ct));
        Assert.Equal(3, stored.Count);
        Assert.All(stored, e => Assert.Equal((world.PoliceMunicipale.Id, EventSource.Import), (e.ReportingInstitutionId, e.Source)));
        Assert.Equal(["PM-1", "PM-2"], stored.Select(e => e.ExternalReference).OfType<string>().Order());
        Assert.True(await app.WithDbAsync(db => db.Set<AuditRecord>().AnyAsync(r => r.PartnershipId == world.Partnership.Id && r.Type == AuditEventType.EventsImported, Ct)));
    }

    [Fact]
    public async Task Commit_AsCoordinator_ForAPartnersInstitution_AttributesTheEventsToIt()
    {
        var world = await CreateAsync(app);
        await OkAsync<JsonElement>(await world.ImportCsvAsync(world.Coordinator, ValidCsv, dryRun: false, world.Mediation.Id));
        Assert.True(await app.WithDbAsync(db => db.Set<SafetyEvent>().Where(e => e.PartnershipId == world.Partnership.Id)
            .AllAsync(e => e.ReportingInstitutionId == world.Mediation.Id, Ct)));
        // A partner may not import for another institution than theirs.
        await ProblemAsync(await world.ImportCsvAsync(world.Police, ValidCsv, dryRun: false, world.Mediation.Id), HttpStatusCode.BadRequest, "institutionId");
    }

    [Fact]
    public async Task Commit_RetriedWithTheSameIdempotencyKey_ReturnsTheFirstAnswer_AndStoresOnce()
    {
        var world = await CreateAsync(app);
        var key = Guid.NewGuid().ToString();
        // The same bytes twice: the file's times are to the second, and a retry sends what was sent.
        var csv = ValidCsv;
        var first = await OkAsync<JsonElement>(await world.ImportCsvAsync(world.Police, csv, dryRun: false, idempotencyKey: key));
        var again = await OkAsync<JsonElement>(await world.ImportCsvAsync(world.Police, csv, dryRun: false, idempotencyKey: key));

        Assert.Equal(first.GetRawText(), again.GetRawText());
        Assert.Equal(3, await world.CountAsync());
        // The same key for another file is refused, and stores nothing.
        await ProblemAsync(await world.ImportCsvAsync(world.Police, ValidCsv.Replace("PM-1", "PM-9"), dryRun: false, idempotencyKey: key),
            HttpStatusCode.BadRequest, "Idempotency-Key");
        Assert.Equal(3, await world.CountAsync());
    }

    [Fact]
    public async Task Commit_WithOneBadRow_Returns400ByLine_AndStoresNothing()
    {
        var world = await CreateAsync(app);
        var csv = ValidCsv + $"soucoupe;{Yesterday} 10:00;Grave;;;;38151;;\r\n";
        var problem = await ProblemAsync(await world.ImportCsvAsync(world.Police, csv, dryRun: false), HttpStatusCode.BadRequest, "rows[6].categorie");
        Assert.Single(problem.GetProperty("errors").EnumerateObject());
        Assert.Equal(0, await world.CountAsync());
    }

    [Fact]
    public async Task Commit_WithPersonalData_Returns422_AndStoresNothing()
    {
        var world = await CreateAsync(app);
        var csv = $"categorie;date;gravite;commune;description\nrodeo;{Yesterday} 10:00;Grave;38151;Appeler le 06 12 34 56 78\n";
        await ProblemAsync(await world.ImportCsvAsync(world.Police, csv, dryRun: false), HttpStatusCode.UnprocessableEntity, "rows[2].description");
        Assert.Equal(0, await world.CountAsync());
    }

    public static TheoryData<string, string> BadFiles => new()
    {
        { "", "aucun événement" },
        { "categorie;date;gravite\n", "aucun événement" },
        { "categorie;gravite\nrodeo;Grave\n", "date" },
        { $"categorie;date;gravite;description\nrodeo;01/01/2026 10:00;Grave;\"Guillemet jamais fermé\nrodeo;01/01/2026 11:00;Grave;x\n", "ligne 2" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task Import_OfAnUnreadableFile_Returns400WithAClearMessage(string csv, string expected)
    {
        var world = await CreateAsync(app);
        var problem = await ProblemAsync(await world.ImportCsvAsync(world.Police, csv, dryRun: true), HttpStatusCode.BadRequest, "file");
        Assert.Contains(expected, problem.GetProperty("errors").GetProperty("file")[0].GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(0, await world.CountAsync());
    }

    [Fact]
    public async Task Import_OfALatin1File_AsksForUtf8()
    {
        var world = await CreateAsync(app);
        var latin1 = Encoding.Latin1.GetBytes($"categorie;date;gravite\nrodeo;{Yesterday} 10:00;Très grave\n");
        var problem = await ProblemAsync(await world.ImportCsvAsync(world.Police, latin1, dryRun: true), HttpStatusCode.BadRequest, "file");
        Assert.Contains("UTF-8", problem.GetProperty("errors").GetProperty("file")[0].GetString());
    }

    [Fact]
    public async Task Import_AsFieldAgent_Returns403()
    {
        var world = await CreateAsync(app);
        Assert.Equal(HttpStatusCode.Forbidden, (await world.ImportCsvAsync(world.Mediator, ValidCsv, dryRun: true)).StatusCode);
        var other = await CreateAsync(app);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.ImportCsvAsync(world.Police, ValidCsv, dryRun: false)).StatusCode);
        Assert.Equal(0, await other.CountAsync());
    }

    [Fact]
    public async Task Import_ByAMemberWithoutInstitution_Returns400()
    {
        var world = await CreateAsync(app);
        var president = await MemberAsync(app, world.Partnership, PartnershipRole.President, null);
        await ProblemAsync(await world.ImportCsvAsync(president, ValidCsv, dryRun: true), HttpStatusCode.BadRequest, "institutionId");
    }
}
