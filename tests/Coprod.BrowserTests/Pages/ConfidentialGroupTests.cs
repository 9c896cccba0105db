using Coprod.BrowserTests.Infrastructure;

namespace Coprod.BrowserTests.Pages;

/// <summary>CONF-1, CONF-2 in the browser: the coordinator creates a group with its charter and designates a member, who signs the charter (she has 2FA with the demo's key: the sign-in gives the code).</summary>
public sealed class ConfidentialGroupTests(BrowserHost host) : BrowserTest(host)
{
    private const string Echirolles = "0d6f3c52-5b7e-4b8e-9a51-3e1c2a000002";
    private const string Member = "educatrice@demo.coprod.fr";

    private static string Field(string testId) => $"[data-testid={testId}] input, [data-testid={testId}] textarea, textarea[data-testid={testId}], input[data-testid={testId}]";

    [BrowserFact]
    public async Task Coordinator_CreatesAGroupAndDesignatesAMember_WhoSignsTheCharter()
    {
        var name = "Cellule décrochage " + Guid.NewGuid().ToString("N")[..6];
        await SignInAsync(DemoAccounts.Coordinator);
        await Blazor.GotoInteractiveAsync(Page, $"p/{Echirolles}/confidentiel");
        await Expect(Page.Locator("h1")).ToHaveTextAsync("Groupes confidentiels");
        await Axe.AssertAccessibleAsync(Page);

        await Page.Locator("[data-testid=group-form] .mud-select").First.ClickAsync();
        await Page.Locator(".mud-popover-open .mud-list-item").First.ClickAsync();
        await Page.Locator(Field("group-name")).First.FillAsync(name);
        await Page.Locator(Field("group-purpose")).First.FillAsync("Prévenir le décrochage scolaire au collège");
        await Page.Locator(Field("group-territory")).First.FillAsync("Quartier Village Sud");
        await Page.Locator(Field("charter-purpose")).First.FillAsync("Coordonner l'aide aux élèves en décrochage");
        await Page.Locator(Field("charter-rules")).First.FillAsync("Ne partager que le strict nécessaire.\nInformer la famille.");
        await Page.Locator("[data-testid=group-create]").ClickAsync();

        await Expect(Page.Locator("h1")).ToHaveTextAsync(name);
        await Blazor.WaitForInteractiveAsync(Page);
        await Page.Locator("[data-testid=designate-person]").Locator("xpath=ancestor-or-self::*[contains(@class,'mud-select')][1]").First.ClickAsync();
        await Page.Locator(".mud-popover-open .mud-list-item", new() { HasText = "Éducatrice (démo)" }).ClickAsync();
        await Page.Locator("[data-testid=designate]").ClickAsync();
        await Expect(Page.Locator("[data-testid=group-members]")).ToContainTextAsync("Éducatrice (démo)");
        await Expect(Page.Locator("[data-testid=group-members]")).ToContainTextAsync("non signée");
        await Axe.AssertAccessibleAsync(Page);
        var groupUrl = new Uri(Page.Url).AbsolutePath;

        await Page.Context.ClearCookiesAsync();
        await SignInAsync(Member);
        await Blazor.GotoInteractiveAsync(Page, $"p/{Echirolles}/confidentiel");
        await Expect(Page.Locator("[data-testid=my-groups]")).ToContainTextAsync(name);
        await Expect(Page.Locator("[data-testid=my-groups]")).ToContainTextAsync("Charte à signer");
        await Blazor.GotoInteractiveAsync(Page, groupUrl.TrimStart('/') + "/charte");
        await Expect(Page.Locator("[data-testid=charter-rules-list]")).ToContainTextAsync("Informer la famille.");
        await Axe.AssertAccessibleAsync(Page);
        await Page.Locator("[data-testid=sign-charter]").ClickAsync();
        await Expect(Page.Locator("[data-testid=charter-signed]")).ToContainTextAsync("Vous avez signé la version 1");
    }
}
