using Coprod.BrowserTests.Infrastructure;

namespace Coprod.BrowserTests.Pages;

public sealed class DecisionTests(BrowserHost host) : BrowserTest(host)
{
    private const string Echirolles = "0d6f3c52-5b7e-4b8e-9a51-3e1c2a000002";

    [BrowserFact]
    public async Task Coordinator_SeesTheLateDecisions_RecordsOneOnAMeeting_AndFindsItInTheRegister()
    {
        await SignInAsync(DemoAccounts.Coordinator);
        await Blazor.GotoInteractiveAsync(Page, $"p/{Echirolles}/decisions");
        await Expect(Page.Locator("h1")).ToHaveTextAsync("Registre des décisions");
        await Expect(Page.Locator("[data-testid=decision-late]").First).ToContainTextAsync("en retard de");
        await Axe.AssertAccessibleAsync(Page);

        await Page.Locator("[data-testid=decisions-table] a[href*='/instances/reunions/']").First.ClickAsync();
        await Expect(Page.Locator("[data-testid=meeting-decisions]")).ToBeVisibleAsync();
        await Blazor.WaitForInteractiveAsync(Page);
        await Page.Locator("[data-testid=decision-new-text] input, [data-testid=decision-new-text] textarea, textarea[data-testid=decision-new-text]").First
            .FillAsync("Installer des bancs anti-squat devant la médiathèque");
        await Page.Locator("[data-testid=decision-form] .mud-select").First.ClickAsync();
        await Page.Locator(".mud-popover-open .mud-list-item").First.ClickAsync();
        await Page.Locator("[data-testid=decision-form] .mud-picker input").First.FillAsync("31/12/2030");
        await Page.Locator("[data-testid=decision-form] .mud-picker input").First.PressAsync("Tab");
        await Page.Locator("[data-testid=decision-record]").ClickAsync();
        await Expect(Page.Locator(".mud-snackbar").Last).ToContainTextAsync("Décision enregistrée");
        await Expect(Page.Locator("[data-testid=meeting-decisions]")).ToContainTextAsync("Installer des bancs anti-squat devant la médiathèque");

        await Blazor.GotoInteractiveAsync(Page, $"p/{Echirolles}/decisions");
        await Expect(Page.Locator("[data-testid=decisions-table]")).ToContainTextAsync("Installer des bancs anti-squat devant la médiathèque");
    }
}
