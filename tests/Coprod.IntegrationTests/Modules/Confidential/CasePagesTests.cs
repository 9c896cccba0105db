using System.Net;
using Coprod.Web.Modules.Confidential.Domain;
using Coprod.Web.Modules.Partnerships.Domain;
using Coprod.Web.Platform.Audit;
using static Coprod.IntegrationTests.ApiAssert;
using static Coprod.IntegrationTests.Modules.Confidential.CasesTestData;

namespace Coprod.IntegrationTests.Modules.Confidential;

/// <summary>The case pages call the same handlers: an entitled member sees the case and each display is audited; anyone else reads « introuvable », without the group's name.</summary>
public sealed class CasePagesTests(AppFactory app)
{
    private static async Task<string> PageAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync(Ct);
    }

    [Fact]
    public async Task CasePages_AsEntitledMember_ShowTheCase_AndAuditEachDisplay_ThePrintWatermarked()
    {
        var w = await ConfidentialWorld.CreateAsync(app);
        var (user, _, client) = await w.MemberAsync();
        var found = await w.CaseAsync(user.Id, lastName: FollowedLast);
        var root = $"/p/{w.Partnership.Id}/confidentiel";

        Assert.Contains(FollowedLast, await PageAsync(client, $"{root}/groupes/{w.Group.Id}/situations"));
        var page = await PageAsync(client, $"{root}/situations/{found.Id}");
        Assert.Contains(FollowedLast, page);
        Assert.DoesNotContain("disclosure-form", page);
        var print = await PageAsync(client, $"{root}/situations/{found.Id}/impression");
        Assert.Contains($"Document confidentiel — consulté par {user.DisplayName} le", WebUtility.HtmlDecode(print));
        Assert.Contains("data-testid=\"log-table\"", await PageAsync(client, $"{root}/situations/{found.Id}/acces"));

        var audit = await w.AuditOfAsync(found.Id);
        Assert.Contains(audit, a => a.Type == AuditEventType.ConfidentialCaseRead);
        Assert.Contains(audit, a => a.Type == AuditEventType.ConfidentialCasePrinted);
        Assert.Contains(audit, a => a.Type == AuditEventType.ConfidentialAccessLogRead);
        Assert.Contains(await w.AuditOfAsync(w.Group.Id), a => a.Type == AuditEventType.ConfidentialCasesListed);
    }

    [Fact]
    public async Task CasePage_OfACoordination_OffersToInformTheMayor_AWorkingGroupsDoesNot()
    {
        var w = await ConfidentialWorld.CreateAsync(app, SharingChannel.SharedSecret);
        var (user, _, client) = await w.MemberAsync();
        var found = await w.CaseAsync(user.Id);

        var page = await PageAsync(client, $"/p/{w.Partnership.Id}/confidentiel/situations/{found.Id}");

        Assert.Contains("data-testid=\"disclosure-form\"", page);
        Assert.Contains("Informer le maire", WebUtility.HtmlDecode(page));
    }

    [Theory]
    [InlineData(PartnershipRole.Coordinateur)]
    [InlineData(PartnershipRole.Partenaire)]
    public async Task CasePages_AsAMemberOutsideTheGroup_ReadIntrouvable_WithoutTheGroupsName(PartnershipRole role)
    {
        var w = await ConfidentialWorld.CreateAsync(app);
        var (user, _, _) = await w.MemberAsync();
        var found = await w.CaseAsync(user.Id, lastName: FollowedLast);
        var (_, outsider) = await w.OutsiderAsync(role);
        var root = $"/p/{w.Partnership.Id}/confidentiel";

        foreach (var path in new[] { $"{root}/groupes/{w.Group.Id}/situations", $"{root}/situations/{found.Id}", $"{root}/situations/{found.Id}/acces",
                     $"{root}/situations/{found.Id}/impression" })
        {
            var page = WebUtility.HtmlDecode(await PageAsync(outsider, path));
            Assert.Contains("Introuvable, ou vous n’y avez pas accès.", page);
            Assert.DoesNotContain(w.Group.Name, page);
            Assert.DoesNotContain(FollowedLast, page);
            Assert.DoesNotContain(found.Reference, page);
        }
        Assert.Empty(await w.AuditOfAsync(found.Id));
    }
}
