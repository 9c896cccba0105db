using System.Net;
using Coprod.Tests.Shared;
using Coprod.Web.Modules.Partnerships.Domain;
using Coprod.Web.Platform.Audit;
using static Coprod.IntegrationTests.ApiAssert;

namespace Coprod.IntegrationTests.Modules.Confidential;

/// <summary>CONF-6: the record of processing and the DPIA template, generated from the configuration, for the managers.</summary>
public sealed class RegisterTests(AppFactory app)
{
    private async Task<ConfidentialWorld> WorldAsync()
    {
        var world = await ConfidentialWorld.CreateAsync(app);
        await world.CreateGroupAsync(GroupTestApi.NewGroup("WorkingGroup", "Cellule logement",
            GroupTestApi.Charter("Prévenir les expulsions locatives", ["Identity", "Housing", "Health"], archiveYears: 1)));
        var (user, _, _) = await world.MemberAsync();
        await world.CaseAsync(user.Id, lastName: "Bartleby", firstName: "Herman");
        return world;
    }

    [Fact]
    public async Task Register_AsCoordinator_MentionsEveryGroupsPurposeCategoriesAndRetention_AndNoPersonFollowed()
    {
        var world = await WorldAsync();
        var html = WebUtility.HtmlDecode(await (await world.CoordinatorClient().GetAsync(world.Base() + "/register", Ct)).Content.ReadAsStringAsync(Ct));
        Assert.Contains("Accompagner les mineurs exposés à la délinquance", html);
        Assert.Contains("Prévenir les expulsions locatives", html);
        Assert.Contains("Logement", html);
        Assert.Contains("Santé", html);
        Assert.Contains("L132-5", html);
        Assert.Contains("2014-262", html);
        Assert.Contains("archive restreinte 3 an(s)", html);
        Assert.Contains("archive restreinte 1 an(s)", html);
        Assert.DoesNotContain("Bartleby", html);
        Assert.Single(await world.AuditAsync(AuditEventType.ProcessingRecordGenerated));
    }

    [Fact]
    public async Task Register_AsDocxAndPdf_ReadBack()
    {
        var world = await WorldAsync();
        var docx = await world.CoordinatorClient().GetAsync(world.Base() + "/register?format=docx", Ct);
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        Assert.Contains("Prévenir les expulsions locatives", await DocumentToolsRun.DocxToTextAsync(await docx.Content.ReadAsByteArrayAsync(Ct)));
        var pdf = await world.CoordinatorClient().GetAsync(world.Base() + "/impact-assessment?format=pdf", Ct);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        var (text, _) = await DocumentToolsRun.PdfToTextAsync(await pdf.Content.ReadAsByteArrayAsync(Ct));
        Assert.Contains("DPO", text);
        Assert.Equal(2, (await world.AuditAsync(AuditEventType.ProcessingRecordGenerated)).Count + (await world.AuditAsync(AuditEventType.ImpactAssessmentGenerated)).Count);
    }

    [Fact]
    public async Task ImpactAssessment_AsPresident_HasTheRisksAndBlanksForTheDpo()
    {
        var world = await WorldAsync();
        var (_, mayor) = await world.OutsiderAsync(PartnershipRole.President);
        var response = await mayor.GetAsync(world.Base() + "/impact-assessment", Ct);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct));
        Assert.Contains("Accès illégitime", html);
        Assert.Contains("Disparition", html);
        Assert.Contains("À compléter par le DPO", html);
        Assert.DoesNotContain("Bartleby", html);
        Assert.Single(await world.AuditAsync(AuditEventType.ImpactAssessmentGenerated));
    }

    [Fact]
    public async Task Register_AsOtherRole_Returns403_BadFormat_Returns400()
    {
        var world = await WorldAsync();
        var (_, partner) = await world.OutsiderAsync(PartnershipRole.Partenaire);
        await ProblemAsync(await partner.GetAsync(world.Base() + "/register", Ct), HttpStatusCode.Forbidden);
        await ProblemAsync(await partner.GetAsync(world.Base() + "/impact-assessment", Ct), HttpStatusCode.Forbidden);
        await ProblemAsync(await world.CoordinatorClient().GetAsync(world.Base() + "/register?format=odt", Ct), HttpStatusCode.BadRequest, "format");
        Assert.Empty(await world.AuditAsync(AuditEventType.ProcessingRecordGenerated));
    }
}
