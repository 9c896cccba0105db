using Coprod.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace Coprod.BrowserTests.Pages;

/// <summary>GOV-2 from the meeting page: the coordinator moves the upcoming restricted formation and invites a person by name.</summary>
public sealed class MeetingEditTests(BrowserHost host) : BrowserTest(host)
{
    private const string Echirolles = "0d6f3c52-5b7e-4b8e-9a51-3e1c2a000002";

    /// <summary>Opens the body's newest meeting (the demo's upcoming one, ten days ahead) once its circuit is live.</summary>
    private async Task OpenUpcomingMeetingAsync(string body)
    {
        await Blazor.GotoInteractiveAsync(Page, $"p/{Echirolles}/instances");
        await Page.GetByRole(AriaRole.Link, new() { Name = body, Exact = true }).ClickAsync();
        await Page.Locator("[data-testid=meetings-list] a").First.ClickAsync();
        await Expect(Page.Locator("[data-testid=meeting-edit-form]")).ToBeVisibleAsync();
        await Blazor.WaitForInteractiveAsync(Page);
    }

    [BrowserFact]
    public async Task Coordinator_EditsTheMeetingsTime_AndInvitesANamedPerson()
    {
        await SignInAsync(DemoAccounts.Coordinator);
        await OpenUpcomingMeetingAsync("Formation restreinte");
        await Axe.AssertAccessibleAsync(Page);

        await Page.Locator("[data-testid=meeting-edit-start]").FillAsync("09:30");
        await Page.Locator("[data-testid=meeting-edit-end]").FillAsync("11:15");
        await Page.GetByRole(AriaRole.Combobox, new() { Name = "Membres invités nommément" }).ClickAsync();
        await Page.Locator(".mud-popover-open .mud-list-item", new() { HasText = "Médiateur (démo)" }).ClickAsync();
        await Page.Keyboard.PressAsync("Escape");
        await Page.Locator("[data-testid=meeting-save]").ClickAsync();

        await Expect(Page.Locator(".mud-snackbar").Last).ToContainTextAsync("Enregistré");
        await Expect(Page.Locator("[data-testid=meeting-when]")).ToContainTextAsync("09:30–11:15");
        await Expect(Page.Locator("[data-testid=attendance-grid]")).ToContainTextAsync("Médiateur (démo)");

        await Page.ReloadAsync();
        await Blazor.WaitForInteractiveAsync(Page);
        await Expect(Page.Locator("[data-testid=meeting-when]")).ToContainTextAsync("09:30–11:15");
        await Expect(Page.Locator("[data-testid=meeting-edit-start]")).ToHaveValueAsync("09:30");
        await Expect(Page.GetByRole(AriaRole.Combobox, new() { Name = "Membres invités nommément" })).ToHaveValueAsync("Médiateur (démo) (Service de médiation et correspondants de nuit (démo))");
        await Expect(Page.Locator("[data-testid=attendance-grid]")).ToContainTextAsync("Médiateur (démo)");
        await Axe.AssertAccessibleAsync(Page);
    }

    [BrowserFact]
    public async Task Coordinator_SeesTheFieldError_ThenTheConflictWhenSomeoneElseSavedFirst_AndReloads()
    {
        await SignInAsync(DemoAccounts.Coordinator);
        await OpenUpcomingMeetingAsync("Formation restreinte");
        var url = Page.Url;

        await Page.Locator("[data-testid=meeting-edit-start]").FillAsync("16:00");
        await Page.Locator("[data-testid=meeting-edit-end]").FillAsync("15:00");
        await Page.Locator("[data-testid=meeting-save]").ClickAsync();
        await Expect(Page.Locator("[data-testid=meeting-edit-form]")).ToContainTextAsync("La réunion doit finir après son début.");

        // Someone else (here, another tab) saves the meeting in between.
        var other = await Page.Context.NewPageAsync();
        await Blazor.GotoInteractiveAsync(other, url);
        await other.Locator("[data-testid=meeting-edit-place]").FillAsync("Maison des associations");
        await other.Locator("[data-testid=meeting-save]").ClickAsync();
        await Expect(other.Locator(".mud-snackbar").Last).ToContainTextAsync("Enregistré");
        await other.CloseAsync();

        await Page.Locator("[data-testid=meeting-edit-end]").FillAsync("17:00");
        await Page.Locator("[data-testid=meeting-save]").ClickAsync();
        var conflict = Page.Locator("[data-testid=meeting-edit-form] [data-testid=form-conflict]");
        await Expect(conflict).ToContainTextAsync("modifié par quelqu'un d'autre");
        await Axe.AssertAccessibleAsync(Page);

        await conflict.Locator("[data-testid=form-reload]").ClickAsync();
        await Expect(conflict).ToHaveCountAsync(0);
        await Expect(Page.Locator("[data-testid=meeting-when]")).ToContainTextAsync("Maison des associations");
        await Expect(Page.Locator("[data-testid=meeting-edit-place]")).ToHaveValueAsync("Maison des associations");
    }
}
