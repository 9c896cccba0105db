using System.Text.RegularExpressions;
using Coprod.BrowserTests.Infrastructure;
using Coprod.Web.Modules.Confidential.Domain;
using Microsoft.EntityFrameworkCore;

namespace Coprod.BrowserTests.Pages;

/// <summary>
/// The demo's confidential groups as a newcomer tries them: the educator signs in with her second factor, opens a case of the
/// « Groupe opérationnel mineurs » and finds her own read in its access log; the mayor learns only that a coordination exists
/// and who runs it, and what a coordinator passes on to her with a « stricte nécessité » justification; a case's address shows her nothing.
/// </summary>
public sealed partial class DemoConfidentialTests(BrowserHost host) : BrowserTest(host)
{
    private const string Echirolles = "0d6f3c52-5b7e-4b8e-9a51-3e1c2a000002";
    private const string Educator = "educatrice@demo.coprod.fr";
    private const string Mayor = "maire@demo.coprod.fr";

    [GeneratedRegex("Fictivier|Imaginaire|Exemplaire")]
    private static partial Regex DemoNames();

    [BrowserFact]
    public async Task Educator_SignsInWithHerCode_OpensADemoCase_AndFindsHerReadInItsAccessLog()
    {
        await SignInAsync(Educator);
        await Blazor.GotoInteractiveAsync(Page, $"p/{Echirolles}/confidentiel");
        var group = Page.Locator("[data-testid=my-groups] .mud-card", new() { HasText = "Groupe opérationnel mineurs — Échirolles" });
        await Expect(group).ToContainTextAsync("Accès ouvert");
        await group.Locator("[data-testid=group-cases-link]").ClickAsync();
        await Page.WaitForURLAsync(url => new Uri(url).AbsolutePath.EndsWith("/situations", StringComparison.Ordinal));
        await Blazor.WaitForInteractiveAsync(Page);
        var cases = Page.Locator("[data-testid=cases-table] [data-testid=case-link]");
        await Expect(cases).ToHaveCountAsync(2);
        await Expect(Page.Locator("[data-testid=cases-table]")).ToContainTextAsync(DemoNames());
        await Axe.AssertAccessibleAsync(Page);

        await cases.First.ClickAsync();
        await Page.WaitForURLAsync(url => new Uri(url).AbsolutePath.Contains("/confidentiel/situations/", StringComparison.Ordinal));
        await Expect(Page.Locator("[data-testid=case-persons]")).ToContainTextAsync(DemoNames());
        await Page.Locator("[data-testid=case-access-log]").ClickAsync();
        await Page.WaitForURLAsync(url => new Uri(url).AbsolutePath.EndsWith("/acces", StringComparison.Ordinal));
        await Blazor.WaitForInteractiveAsync(Page);
        await Expect(Page.Locator("[data-testid=log-table]")).ToContainTextAsync("Éducatrice (démo)");
        await Axe.AssertAccessibleAsync(Page);
    }

    [BrowserFact]
    public async Task Coordinator_InformsTheMayor_OnlyWithAJustification_AndTheMayorReadsIt()
    {
        var partnershipId = Guid.Parse(Echirolles);
        var coordinationCase = Guid.Empty;
        await Host.WithDbAsync(async db => coordinationCase = await (from c in db.Set<ConfidentialCase>()
                                                                     join g in db.Set<ConfidentialGroup>() on c.GroupId equals g.Id
                                                                     where c.PartnershipId == partnershipId && g.Channel == SharingChannel.SharedSecret && c.Status == CaseStatus.Active
                                                                     select c.Id).FirstAsync());
        var text = "Relogement d'urgence à prévoir " + Guid.NewGuid().ToString("N")[..6];
        await SignInAsync(Educator);
        await Blazor.GotoInteractiveAsync(Page, $"p/{Echirolles}/confidentiel/situations/{coordinationCase}");
        var form = Page.Locator("[data-testid=disclosure-form]");
        await Expect(form).ToBeVisibleAsync();
        await form.Locator("[data-testid=disclosure-text]").FillAsync(text);
        await form.Locator("[data-testid=disclosure-justification]").FillAsync("Urgent");
        await form.Locator("[data-testid=disclosure-send]").ClickAsync();
        await form.Locator("[data-testid=disclosure-confirm]").ClickAsync();
        await Expect(form).ToContainTextAsync("Justifiez la stricte nécessité en au moins 20 caractères.");
        await Axe.AssertAccessibleAsync(Page);
        await form.Locator("[data-testid=disclosure-justification]").FillAsync("Le maire doit mobiliser un logement communal d'urgence pour la famille.");
        await form.Locator("[data-testid=disclosure-send]").ClickAsync();
        await form.Locator("[data-testid=disclosure-confirm]").ClickAsync();
        await Expect(Page.Locator(".mud-snackbar")).ToContainTextAsync("Information transmise");
        await Expect(form.Locator("[data-testid=disclosures-made]")).ToContainTextAsync(text);
        await Expect(form.Locator("[data-testid=disclosures-made]")).ToContainTextAsync("à Maire (démo)");

        await Page.Context.ClearCookiesAsync();
        await SignInAsync(Mayor);
        await Blazor.GotoInteractiveAsync(Page, $"p/{Echirolles}/confidentiel/coordinations");
        var disclosure = Page.Locator("[data-testid=disclosures] [data-testid=disclosure]", new() { HasText = text });
        await Expect(disclosure).ToContainTextAsync("Éducatrice (démo)");
        await Expect(disclosure).ToContainTextAsync("logement communal d'urgence");
    }

    [BrowserFact]
    public async Task Mayor_LearnsOnlyThatACoordinationExistsAndWhoRunsIt()
    {
        var partnershipId = Guid.Parse(Echirolles);
        var caseIds = new List<Guid>();
        await Host.WithDbAsync(async db => caseIds = await db.Set<ConfidentialCase>().Where(c => c.PartnershipId == partnershipId).Select(c => c.Id).ToListAsync());
        Assert.NotEmpty(caseIds);
        await SignInAsync(Mayor);

        await Blazor.GotoInteractiveAsync(Page, $"p/{Echirolles}/confidentiel/coordinations");
        var coordinations = Page.Locator("[data-testid=coordinations]");
        await Expect(coordinations).ToContainTextAsync("Coordination nécessaire, coordonnée par Éducatrice (démo)");
        await Axe.AssertAccessibleAsync(Page);
        await Expect(Page.Locator("main")).Not.ToContainTextAsync(DemoNames());

        await Blazor.GotoInteractiveAsync(Page, $"p/{Echirolles}/confidentiel");
        await Expect(Page.Locator("[data-testid=my-groups-none]")).ToBeVisibleAsync();
        foreach (var id in caseIds)
        {
            await Blazor.GotoInteractiveAsync(Page, $"p/{Echirolles}/confidentiel/situations/{id}");
            await Expect(Page.Locator("[data-testid=case-not-found]")).ToBeVisibleAsync();
            await Expect(Page.Locator("main")).Not.ToContainTextAsync(DemoNames());
        }
    }
}
