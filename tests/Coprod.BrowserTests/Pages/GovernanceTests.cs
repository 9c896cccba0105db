using Coprod.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace Coprod.BrowserTests.Pages;

public sealed class GovernanceTests(BrowserHost host) : BrowserTest(host)
{
    private const string Echirolles = "0d6f3c52-5b7e-4b8e-9a51-3e1c2a000002";

    [BrowserFact]
    public async Task Coordinator_SchedulesAMeeting_AddsAnAgendaItem_RecordsAttendance()
    {
        await SignInAsync(DemoAccounts.Coordinator);
        await Blazor.GotoInteractiveAsync(Page, $"p/{Echirolles}/instances");
        await Expect(Page.Locator("h1")).ToHaveTextAsync("Instances");
        await Axe.AssertAccessibleAsync(Page);

        await Page.GetByRole(AriaRole.Link, new() { Name = "Séance plénière du CLSPD" }).ClickAsync();
        await Expect(Page.Locator("h1")).ToHaveTextAsync("Séance plénière du CLSPD");
        await Blazor.WaitForInteractiveAsync(Page);
        await Page.Locator("input[data-testid=meeting-title], [data-testid=meeting-title] input").First.FillAsync("Plénière extraordinaire");
        await Page.Locator("[data-testid=meeting-schedule]").ClickAsync();

        await Expect(Page.Locator("h1")).ToHaveTextAsync("Plénière extraordinaire");
        Assert.Contains("/instances/reunions/", CurrentPath);
        await Blazor.WaitForInteractiveAsync(Page);
        var items = Page.Locator("[data-testid=agenda-item] input");
        await Expect(items).ToHaveCountAsync(1); // « État de la délinquance »
        await Page.Locator("[data-testid=agenda-add]").ClickAsync();
        await Expect(items).ToHaveCountAsync(2);
        await items.Nth(1).FillAsync("Bilan des actions de prévention");
        await Page.Locator("[data-testid=meeting-save]").ClickAsync();
        await Expect(Page.Locator(".mud-snackbar")).ToContainTextAsync("Enregistré");

        var rows = Page.Locator("[data-testid=attendance-row]");
        await rows.Nth(0).GetByText("Présent", new() { Exact = true }).ClickAsync();
        await rows.Nth(1).GetByText("Excusé", new() { Exact = true }).ClickAsync();
        await Page.Locator("[data-testid=attendance-save]").ClickAsync();
        await Expect(Page.Locator(".mud-snackbar").Last).ToContainTextAsync("Enregistré");

        await Page.ReloadAsync();
        await Blazor.WaitForInteractiveAsync(Page);
        await Expect(Page.Locator("[data-testid=agenda-item] input").Nth(1)).ToHaveValueAsync("Bilan des actions de prévention");
        await Expect(rows.Nth(0).Locator("input[type=radio]").Nth(0)).ToBeCheckedAsync();
        await Expect(rows.Nth(1).Locator("input[type=radio]").Nth(1)).ToBeCheckedAsync();
        await Axe.AssertAccessibleAsync(Page);
    }
}
