using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Coprod.Web.Modules.Directory.Domain;
using Coprod.Web.Modules.Partnerships.Domain;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using static Coprod.IntegrationTests.ApiAssert;

namespace Coprod.IntegrationTests.Modules.Directory;

/// <summary>DIR-2: people and institutions imported from CSV or XLSX, previewed, then all or nothing.</summary>
public sealed class DirectoryImportTests(AppFactory app)
{
    private const string Good =
        "Prénom;Nom;Fonction;Institution;Type;Courriel;Téléphone;Communes;Début\n" +
        "Anne;Martin;Cheffe de service;Bailleur Alpes Habitat;Bailleur social;anne.martin@bailleur.test;04 76 12 34 56;Échirolles;06/01/2025\n" +
        "Karim;Benali;Médiateur de nuit;Service de médiation;Médiation;;06 12 34 56 78;38151;\n" +
        "Léa;Roux;Gardienne;Bailleur Alpes Habitat;;;;;\n";

    private static string Url(Partnership p, bool dryRun = false) => $"/api/v1/partnerships/{p.Id}/directory/import" + (dryRun ? "?dryRun=true" : "");

    private static HttpContent Csv(string text) => new StringContent(text, Encoding.UTF8, "text/csv");

    [Fact]
    public async Task Preview_ShowsEveryRow_AndSavesNothing()
    {
        var (partnership, _, client) = await app.MemberAsync(PartnershipRole.Coordinateur);

        var preview = await OkAsync<JsonElement>(await client.PostAsync(Url(partnership, dryRun: true), Csv(Good), Ct));

        Assert.Equal((3, 2, false), (preview.GetProperty("people").GetInt32(), preview.GetProperty("newInstitutions").GetInt32(), preview.GetProperty("committed").GetBoolean()));
        Assert.All(preview.GetProperty("rows").EnumerateArray(), r => Assert.Empty(r.GetProperty("errors").EnumerateArray()));
        Assert.False(await app.WithDbAsync(db => db.Set<DirectoryPerson>().AnyAsync(p => p.PartnershipId == partnership.Id)));
    }

    [Fact]
    public async Task Commit_CreatesPeopleAndInstitutions()
    {
        var (partnership, _, client) = await app.MemberAsync(PartnershipRole.Coordinateur);

        await OkAsync<JsonElement>(await client.PostAsync(Url(partnership), Csv(Good), Ct));

        var people = await app.WithDbAsync(db => db.Set<DirectoryPerson>().Where(p => p.PartnershipId == partnership.Id).OrderBy(p => p.LastName).ToListAsync());
        Assert.Equal(["Benali", "Martin", "Roux"], people.Select(p => p.LastName));
        Assert.Equal(new DateOnly(2025, 1, 6), people[1].StartsOn);
        Assert.Equal(["38151"], people[1].Communes);
        var institutions = await app.WithDbAsync(db => db.Set<Institution>().Where(i => i.PartnershipId == partnership.Id).OrderBy(i => i.Name).ToListAsync());
        Assert.Equal([("Bailleur Alpes Habitat", InstitutionType.BailleurSocial), ("Service de médiation", InstitutionType.Mediation)], institutions.Select(i => (i.Name, i.Type)));
        Assert.Equal(people[1].InstitutionId, people[2].InstitutionId);
    }

    [Fact]
    public async Task Commit_WithOneBadRow_RefusesAll_AndNamesTheRowAndField()
    {
        var (partnership, _, client) = await app.MemberAsync(PartnershipRole.Coordinateur);
        var bad = Good + "Paul;;Agent;Inconnue;Sans type;paul@;1234;Paris;32/13/2025\n";

        var preview = await OkAsync<JsonElement>(await client.PostAsync(Url(partnership, dryRun: true), Csv(bad), Ct));
        var row = preview.GetProperty("rows").EnumerateArray().Last();
        Assert.Equal(5, row.GetProperty("line").GetInt32());
        var fields = row.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("field").GetString()).ToHashSet();
        Assert.Superset(new HashSet<string?> { "lastName", "type", "email", "phone", "communes", "startsOn" }, fields);

        await ProblemAsync(await client.PostAsync(Url(partnership), Csv(bad), Ct), HttpStatusCode.BadRequest, "rows[5].lastName", "rows[5].type");
        Assert.False(await app.WithDbAsync(db => db.Set<DirectoryPerson>().AnyAsync(p => p.PartnershipId == partnership.Id)));
        Assert.False(await app.WithDbAsync(db => db.Set<Institution>().AnyAsync(i => i.PartnershipId == partnership.Id)));
    }

    [Fact]
    public async Task Xlsx_IsReadLikeCsv()
    {
        var (partnership, _, client) = await app.MemberAsync(PartnershipRole.Coordinateur);
        var institution = await app.CreateInstitutionAsync(partnership, InstitutionType.PoliceMunicipale, "Police municipale d'Échirolles");
        using var sheet = new MemoryStream();
        await sheet.SaveAsAsync(new[]
        {
            new Dictionary<string, object?> { ["Prénom"] = "Nadia", ["Nom"] = "Ferhat", ["Fonction"] = "Cheffe de poste", ["Institution"] = "police municipale d'echirolles", ["Début"] = new DateTime(2024, 9, 2) },
        }, cancellationToken: Ct);
        var content = new ByteArrayContent(sheet.ToArray());
        content.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

        await OkAsync<JsonElement>(await client.PostAsync(Url(partnership), content, Ct));

        var person = await app.WithDbAsync(db => db.Set<DirectoryPerson>().SingleAsync(p => p.PartnershipId == partnership.Id));
        Assert.Equal((institution.Id, new DateOnly(2024, 9, 2)), (person.InstitutionId, person.StartsOn));
    }

    [Theory]
    [InlineData("")]
    [InlineData("\u0001\u0002 pas un tableur")]
    public async Task UnreadableOrEmptyFile_IsAClearError(string body)
    {
        var (partnership, _, client) = await app.MemberAsync(PartnershipRole.Coordinateur);
        await ProblemAsync(await client.PostAsync(Url(partnership), Csv(body), Ct), HttpStatusCode.BadRequest, "file");
    }

    [Fact]
    public async Task Import_AsPartner_Returns403()
    {
        var (partnership, _, client) = await app.MemberAsync(PartnershipRole.Partenaire);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsync(Url(partnership, dryRun: true), Csv(Good), Ct)).StatusCode);
    }

    [Fact]
    public async Task NewInstitutionNamedWithAPhone_IsRefused()
    {
        var (partnership, _, client) = await app.MemberAsync(PartnershipRole.Coordinateur);
        var csv = "Prénom;Nom;Fonction;Institution;Type\nAnne;Martin;Agent;Asso 06 12 34 56 78;Association\n";
        await ProblemAsync(await client.PostAsync(Url(partnership), Csv(csv), Ct), HttpStatusCode.BadRequest, "rows[2].institution");
    }
}
