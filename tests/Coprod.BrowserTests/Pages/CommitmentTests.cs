using Coprod.BrowserTests.Infrastructure;
using Coprod.Web.Modules.Contract.Domain;
using Coprod.Web.Modules.Partnerships.Domain;
using Coprod.Web.Platform;
using Microsoft.EntityFrameworkCore;

namespace Coprod.BrowserTests.Pages;

/// <summary>CLS-4: the landlord opens « Mes engagements », sees an overdue commitment and writes its account, which joins the history.</summary>
public sealed class CommitmentTests(BrowserHost host) : BrowserTest(host)
{
    private const string Landlord = "bailleur@demo.coprod.fr";

    /// <summary>An open commitment of the landlord's institution, five days overdue, with a unique text.</summary>
    private async Task<(Guid PartnershipId, string Text)> SeedAsync()
    {
        var partnershipId = await Host.PartnershipIdAsync(DemoAccounts.Echirolles);
        var text = $"Réparer l'éclairage du hall {Guid.NewGuid().ToString("N")[..6]}.";
        await Host.WithDbAsync(async db =>
        {
            var userId = await db.Users.Where(u => u.Email == Landlord).Select(u => u.Id).SingleAsync();
            var institutionId = await db.Set<Membership>().Where(m => m.PartnershipId == partnershipId && m.UserId == userId && m.InstitutionId != null)
                .Select(m => m.InstitutionId!.Value).FirstAsync();
            db.Add(new Commitment
            {
                Id = Guid.NewGuid(),
                PartnershipId = partnershipId,
                InstitutionId = institutionId,
                Text = text,
                DueOn = ParisTime.Today(TimeProvider.System).AddDays(-5),
                CreatedBy = userId,
                CreatedAt = DateTimeOffset.UtcNow,
                FormalReminderSentAt = DateTimeOffset.UtcNow.AddDays(-1),
            });
            await db.SaveChangesAsync();
        });
        return (partnershipId, text);
    }

    [BrowserFact]
    public async Task Landlord_SeesAnOverdueCommitment_WritesTheAccount_AndFindsItInTheHistory()
    {
        var (partnershipId, text) = await SeedAsync();
        await SignInAsync(Landlord);
        await Blazor.GotoInteractiveAsync(Page, $"p/{partnershipId}/engagements/mes");
        await Expect(Page.Locator("h1")).ToHaveTextAsync("Mes engagements");
        var row = Page.Locator("[data-testid=commitments-table] tr", new() { HasText = text });
        await Expect(row).ToContainTextAsync("5 jours de retard");
        await Expect(row.Locator("[data-testid=commitment-notices]")).ToContainTextAsync("Relance formelle du");
        await Expect(Page.Locator("[data-testid=nav-commitments-badge]")).ToBeVisibleAsync();
        await Axe.AssertAccessibleAsync(Page);

        await row.Locator("[data-testid=commitment-link]").ClickAsync();
        await Expect(Page.Locator("[data-testid=commitment-text]")).ToHaveTextAsync(text);
        await Blazor.WaitForInteractiveAsync(Page);
        const string account = "Commande passée auprès de l'électricien, intervention prévue la semaine prochaine.";
        await Page.Locator("[data-testid=answer-text] textarea, textarea[data-testid=answer-text]").First.FillAsync(account);
        await Page.Locator("[data-testid=answer-send]").ClickAsync();
        await Expect(Page.Locator(".mud-snackbar").Last).ToContainTextAsync("Compte rendu enregistré");
        await Expect(Page.Locator("[data-testid=commitment-answers]")).ToContainTextAsync(account);
        await Axe.AssertAccessibleAsync(Page);
    }
}
