using System.Text;
using Coprod.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace Coprod.BrowserTests.Pages;

public sealed class MeetingDocumentTests(BrowserHost host) : BrowserTest(host)
{
    private const string Echirolles = "0d6f3c52-5b7e-4b8e-9a51-3e1c2a000002";

    [BrowserFact]
    public async Task Coordinator_UploadsAPdfOnAMeeting_AndSeesItListed()
    {
        await SignInAsync(DemoAccounts.Coordinator);
        await Blazor.GotoInteractiveAsync(Page, $"p/{Echirolles}/instances");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Séance plénière du CLSPD" }).ClickAsync();
        await Page.Locator("a[href*='/instances/reunions/']").First.ClickAsync();
        await Expect(Page.Locator("[data-testid=meeting-documents]")).ToBeVisibleAsync();
        await Blazor.WaitForInteractiveAsync(Page);

        var title = $"Diaporama du bilan {Guid.NewGuid().ToString("N")[..6]}";
        await Page.Locator("[data-testid=document-title] input, input[data-testid=document-title]").First.FillAsync(title);
        await Page.Locator("[data-testid=document-file] input[type=file]").SetInputFilesAsync(new FilePayload
        {
            Name = "diaporama.pdf",
            MimeType = "application/pdf",
            Buffer = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"),
        });
        await Expect(Page.Locator("[data-testid=document-chosen]")).ToContainTextAsync("diaporama.pdf");
        await Page.Locator("[data-testid=document-submit]").ClickAsync();

        await Expect(Page.Locator(".mud-snackbar").Last).ToContainTextAsync("Document déposé");

        // Still there once the page is read again (and no snackbar fading in while axe measures contrasts).
        await Page.ReloadAsync();
        await Blazor.WaitForInteractiveAsync(Page);
        var link = Page.Locator("[data-testid=document-link]", new() { HasText = title });
        await Expect(link).ToBeVisibleAsync();
        await Expect(link).ToHaveAttributeAsync("download", "diaporama.pdf");
        await Expect(Page.Locator("[data-testid=documents-table]")).ToContainTextAsync("PDF");
        await Axe.AssertAccessibleAsync(Page);
    }
}
