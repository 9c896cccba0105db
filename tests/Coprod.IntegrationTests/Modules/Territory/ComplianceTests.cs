using System.Net;
using System.Text.Json;
using Coprod.Web.Modules.Partnerships.Domain;
using Microsoft.EntityFrameworkCore;
using static Coprod.IntegrationTests.Modules.Territory.TerritoryTestData;

namespace Coprod.IntegrationTests.Modules.Territory;

/// <summary>
/// CISPD cases use communes of the Nord (Lille 59350, Roubaix 59512, Tourcoing 59599,
/// Villeneuve-d'Ascq 59009) that no other test uses, since a CISPD changes the CLSPD obligation of
/// every partnership covering them.
/// </summary>
public sealed class ComplianceTests(AppFactory app)
{
    private static string Url(Guid partnershipId) => $"/api/v1/partnerships/{partnershipId}/compliance";

    private static JsonElement Obligation(JsonElement report, string code, string? insee = null) =>
        report.GetProperty("obligations").EnumerateArray().Single(o => o.GetProperty("code").GetString() == code
            && (insee is null || o.GetProperty("communeInsee").GetString() == insee));

    private async Task<JsonElement> ReportAsync(HttpClient client, Guid partnershipId)
    {
        var response = await client.GetAsync(Url(partnershipId), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await JsonAsync(response);
    }

    private Task<Partnership> CispdAsync(params (string Insee, bool Opposes)[] communes) => app.WithDbAsync(async db =>
    {
        var partnership = new Partnership
        {
            Id = Guid.NewGuid(),
            Kind = PartnershipKind.Cispd,
            Name = "CISPD " + Guid.NewGuid().ToString("N")[..8],
            CreatedOn = new DateOnly(2024, 1, 1),
            Communes = communes.Select(c => new PartnershipCommune { InseeCode = c.Insee, OpposesCispd = c.Opposes }).ToList(),
        };
        db.Add(partnership);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return partnership;
    });

    [Fact]
    public async Task Compliance_AsCoordinatorOfEchirolles_MeetsClspdAndCoordinatorWithoutCddf()
    {
        var (partnership, _, client) = await app.MemberAsync(PartnershipRole.Coordinateur);
        var report = await ReportAsync(client, partnership.Id);
        Assert.Equal(2026, report.GetProperty("cogYear").GetInt32());
        var clspd = Obligation(report, "CLSPD", "38151");
        Assert.Equal("Met", clspd.GetProperty("status").GetString());
        Assert.Equal("Échirolles", clspd.GetProperty("communeName").GetString());
        Assert.Contains("L132-4", clspd.GetProperty("legalBasis").GetString());
        Assert.Equal(5000, clspd.GetProperty("figures").GetProperty("threshold").GetInt32());
        Assert.Equal("Met", Obligation(report, "COORDINATEUR").GetProperty("status").GetString());
        Assert.Equal("NotApplicable", Obligation(report, "CDDF").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Compliance_AsPlainMemberWithoutCoordinator_ReportsTheMissingCoordinator()
    {
        var (partnership, _, client) = await app.MemberAsync(PartnershipRole.Agent);
        var coordinator = Obligation(await ReportAsync(client, partnership.Id), "COORDINATEUR");
        Assert.Equal("NotMet", coordinator.GetProperty("status").GetString());
        Assert.StartsWith("Aucun coordinateur actif", coordinator.GetProperty("explanation").GetString());
    }

    [Fact]
    public async Task Compliance_SmallCommuneWithCurrentQpv_MakesTheClspdMandatory()
    {
        var (partnership, _, client) = await app.MemberAsync(PartnershipRole.Coordinateur, "38002");
        Assert.Equal("NotApplicable", Obligation(await ReportAsync(client, partnership.Id), "CLSPD").GetProperty("status").GetString());

        await client.ImportOkAsync(partnership.Id, Area("Le Bourg", "qpv", commune: "38002", lon: 5.97, lat: 45.25));

        Assert.Equal("Met", Obligation(await ReportAsync(client, partnership.Id), "CLSPD").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Compliance_LargeCommuneWithoutCddf_ReportsTheCddf()
    {
        var (partnership, _, client) = await app.MemberAsync(PartnershipRole.Coordinateur, "38185");
        var cddf = Obligation(await ReportAsync(client, partnership.Id), "CDDF");
        Assert.Equal("NotMet", cddf.GetProperty("status").GetString());
        Assert.Contains("L141-1", cddf.GetProperty("legalBasis").GetString());
    }

    [Fact]
    public async Task Compliance_CispdOpposedByHalfThePopulation_IsBlocked()
    {
        var cispd = await CispdAsync(("59350", true), ("59512", false));
        var member = await app.CreateUserAsync();
        await app.GrantAsync(member, cispd, PartnershipRole.President);

        var rule = Obligation(await ReportAsync(app.ClientFor(member.Id), cispd.Id), "CISPD_OPPOSITION");

        Assert.Equal("Blocked", rule.GetProperty("status").GetString());
        Assert.Contains("L132-13", rule.GetProperty("legalBasis").GetString());
        Assert.True(rule.GetProperty("figures").GetProperty("opposingShare").GetDecimal() > 0.5m);
    }

    [Fact]
    public async Task Compliance_ClspdOfACommuneInAnActiveCispd_IsOptional()
    {
        await CispdAsync(("59599", false), ("59350", false));
        var (partnership, _, client) = await app.MemberAsync(PartnershipRole.Coordinateur, "59599");
        var clspd = Obligation(await ReportAsync(client, partnership.Id), "CLSPD", "59599");
        Assert.Equal("Optional", clspd.GetProperty("status").GetString());
        Assert.Contains("L132-13", clspd.GetProperty("legalBasis").GetString());
    }

    [Fact]
    public async Task Compliance_ClspdOfACommuneWhoseCispdIsBlocked_StaysMandatory()
    {
        await CispdAsync(("59009", true), ("59328", false));
        var (partnership, _, client) = await app.MemberAsync(PartnershipRole.Coordinateur, "59009");
        Assert.Equal("Met", Obligation(await ReportAsync(client, partnership.Id), "CLSPD", "59009").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Compliance_DormantClspdOfAMandatoryCommune_IsNotMet()
    {
        var (partnership, _, client) = await app.MemberAsync(PartnershipRole.Coordinateur, "38169");
        await app.WithDbAsync(db => db.Set<Partnership>().Where(p => p.Id == partnership.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.Status, PartnershipStatus.Dormant), TestContext.Current.CancellationToken));
        Assert.Equal("NotMet", Obligation(await ReportAsync(client, partnership.Id), "CLSPD").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Compliance_AsNonMember_ReturnsForbidden()
    {
        var partnership = await app.CreatePartnershipAsync();
        var stranger = await app.CreateUserAsync();
        var response = await app.ClientFor(stranger.Id).GetAsync(Url(partnership.Id), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Compliance_Anonymous_ReturnsUnauthorized()
    {
        var partnership = await app.CreatePartnershipAsync();
        var response = await app.Anonymous().GetAsync(Url(partnership.Id), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
