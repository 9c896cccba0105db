using Coprod.BrowserTests.Infrastructure;

namespace Coprod.BrowserTests.Pages;

public sealed class SignInTests(BrowserHost host) : BrowserTest(host)
{
    [BrowserFact]
    public async Task SignInPage_Anonymous_IsFrenchAndAccessible()
    {
        await Page.GotoAsync("compte/connexion");

        await Expect(Page.Locator("html")).ToHaveAttributeAsync("lang", "fr");
        await Expect(Page.Locator("#email")).ToBeVisibleAsync();
        await Expect(Page.Locator("#password")).ToBeVisibleAsync();
        await Expect(Page.Locator("body")).ToContainTextAsync("Mot de passe");
        await Axe.AssertAccessibleAsync(Page);
    }

    [BrowserFact]
    public async Task Home_Anonymous_RedirectsToSignIn()
    {
        await Page.GotoAsync("");

        await Page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/compte/connexion");
        await Expect(Page.Locator("#email")).ToBeVisibleAsync();
    }

    [BrowserFact]
    public async Task SignIn_UnknownAccount_ShowsFrenchErrorAndStays()
    {
        await Page.GotoAsync("compte/connexion");
        await Page.Locator("#email").FillAsync("personne@demo.coprod.fr");
        await Page.Locator("#password").FillAsync("Pas-le-bon-mot-de-passe-1");
        await Page.Locator("form:has(#password) [type=submit]").ClickAsync();

        await Expect(Page.Locator("body")).ToContainTextAsync("Adresse e-mail ou mot de passe incorrect.");
        Assert.Equal("/compte/connexion", CurrentPath);
    }
}
