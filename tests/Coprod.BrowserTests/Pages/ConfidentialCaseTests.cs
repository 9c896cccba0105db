using System.Globalization;
using Coprod.BrowserTests.Infrastructure;
using Coprod.Web.Modules.Confidential.Domain;
using Coprod.Web.Modules.Partnerships.Domain;
using Coprod.Web.Platform.Auth;
using Microsoft.AspNetCore.Identity;
using Microsoft.Playwright;

namespace Coprod.BrowserTests.Pages;

/// <summary>
/// CONF-2 to CONF-4, CONF-7 in the browser: an entitled member (two-factor sign-in, charter signed) opens a case, edits its record, adds an
/// action and « famille informée », sees them, then reads the case's access log and checks the chain.
/// </summary>
public sealed class ConfidentialCaseTests(BrowserHost host) : BrowserTest(host)
{
    // A fixed authenticator key (base32) for the account this test creates.
    private const string Key = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
    private const string Password = "Confidentiel-2026-test!";

    [BrowserFact]
    public async Task EntitledMember_OpensAndEditsACase_AddsAnActionAndFamilyInformed_AndReadsTheAccessLog()
    {
        var partnershipId = await Host.PartnershipIdAsync(DemoAccounts.Echirolles);
        var (email, groupId) = await SeedMemberAsync(partnershipId);
        await SignInAsync(Page, email, Password, Key);

        await Blazor.GotoInteractiveAsync(Page, $"p/{partnershipId}/confidentiel/groupes/{groupId}/situations");
        var form = Page.Locator("[data-testid=open-case-form]");
        await Expect(form).ToBeVisibleAsync();
        await Axe.AssertAccessibleAsync(Page);
        var person = form.Locator("[data-testid=person-row]").First;
        await person.Locator("[data-testid=person-last]").FillAsync("Delacroix");
        await person.Locator("[data-testid=person-first]").FillAsync("Noé");
        await person.Locator("[data-testid=person-born]").FillAsync(DateTime.Today.AddYears(-14).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await form.GetByRole(AriaRole.Combobox, new() { Name = "Origine du signalement" }).ClickAsync();
        await Page.Locator(".mud-popover-open .mud-list-item", new() { HasText = "Établissement scolaire" }).ClickAsync();
        await form.Locator("[data-testid=open-case-save]").ClickAsync();

        await Page.WaitForURLAsync(url => new Uri(url).AbsolutePath.Contains("/confidentiel/situations/", StringComparison.Ordinal));
        await Expect(Page.Locator("[data-testid=case-persons]")).ToContainTextAsync("Noé Delacroix");
        await Expect(Page.Locator("[data-testid=case-summary]")).ToContainTextAsync("Test Confidentiel");

        await Page.Locator("[data-testid=case-edit]").ClickAsync();
        var edit = Page.Locator("[data-testid=edit-case-form]");
        await Expect(edit.Locator("[data-testid=person-last]")).ToHaveValueAsync("Delacroix");
        await edit.Locator("[data-testid=person-last]").FillAsync("");
        await edit.Locator("[data-testid=edit-case-save]").ClickAsync();
        await Expect(edit).ToContainTextAsync("Le nom et le prénom sont obligatoires");
        await edit.Locator("[data-testid=person-last]").FillAsync("Delacroix");
        await edit.Locator("[data-testid=person-address]").FillAsync("12 rue des Lilas, Échirolles");
        await Axe.AssertAccessibleAsync(Page);
        await edit.Locator("[data-testid=edit-case-save]").ClickAsync();
        await Expect(edit).ToHaveCountAsync(0);
        await Expect(Page.Locator("[data-testid=case-persons]")).ToContainTextAsync("12 rue des Lilas, Échirolles");
        var entry = Page.Locator("[data-testid=add-entry-form]");
        await entry.GetByRole(AriaRole.Combobox, new() { Name = "Catégorie d’information" }).ClickAsync();
        await Page.Locator(".mud-popover-open .mud-list-item", new() { HasText = "Actions d’accompagnement" }).ClickAsync();
        await entry.Locator("[data-testid=entry-text]").FillAsync("Inscription à l’atelier de remobilisation scolaire");
        await entry.Locator("[data-testid=entry-starts-on]").FillAsync(DateTime.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await entry.Locator("[data-testid=entry-save]").ClickAsync();
        var timeline = Page.Locator("[data-testid=case-timeline]");
        await Expect(timeline).ToContainTextAsync("Inscription à l’atelier de remobilisation scolaire");

        await entry.GetByRole(AriaRole.Combobox, new() { Name = "Type d’entrée" }).ClickAsync();
        await Page.Locator(".mud-popover-open .mud-list-item", new() { HasText = "Famille informée" }).ClickAsync();
        await entry.GetByRole(AriaRole.Combobox, new() { Name = "Comment" }).ClickAsync();
        await Page.Locator(".mud-popover-open .mud-list-item", new() { HasText = "Entretien" }).ClickAsync();
        await entry.Locator("[data-testid=entry-save]").ClickAsync();
        await Expect(timeline.Locator("[data-testid=case-entry]")).ToHaveCountAsync(2);
        await Expect(timeline).ToContainTextAsync("Famille informée le");
        await Axe.AssertAccessibleAsync(Page);

        await Page.Locator("[data-testid=case-access-log]").ClickAsync();
        await Page.WaitForURLAsync(url => new Uri(url).AbsolutePath.EndsWith("/acces", StringComparison.Ordinal));
        await Blazor.WaitForInteractiveAsync(Page);
        var log = Page.Locator("[data-testid=log-table]");
        await Expect(log).ToContainTextAsync("Test Confidentiel");
        await Page.Locator("[data-testid=log-verify]").ClickAsync();
        await Expect(Page.Locator("[data-testid=log-verify-result]")).ToContainTextAsync("Journal intègre");
        await Axe.AssertAccessibleAsync(Page);
    }

    /// <summary>An account with two-factor authentication (known key), in the partnership, designated in a new group whose charter it signed.</summary>
    private async Task<(string Email, Guid GroupId)> SeedMemberAsync(Guid partnershipId)
    {
        var id = Guid.NewGuid();
        var email = $"membre-{id:N}@test.coprod.fr";
        var groupId = Guid.NewGuid();
        var memberId = Guid.NewGuid();
        var now = DateTimeOffset.UtcNow;
        await Host.WithDbAsync(async db =>
        {
            var user = new CoprodUser
            {
                Id = id,
                Email = email,
                UserName = email,
                NormalizedEmail = email.ToUpperInvariant(),
                NormalizedUserName = email.ToUpperInvariant(),
                DisplayName = "Test Confidentiel",
                TwoFactorEnabled = true,
                SecurityStamp = Guid.NewGuid().ToString("N"),
                CreatedAt = now,
            };
            user.PasswordHash = new PasswordHasher<CoprodUser>().HashPassword(user, Password);
            db.Add(user);
            db.Add(new IdentityUserToken<Guid> { UserId = id, LoginProvider = "[AspNetUserStore]", Name = "AuthenticatorKey", Value = Key });
            db.Add(new Membership { Id = Guid.NewGuid(), PartnershipId = partnershipId, UserId = id, Role = PartnershipRole.Partenaire, StartsOn = new DateOnly(2024, 1, 1) });
            db.Add(new ConfidentialGroup
            {
                Id = groupId,
                PartnershipId = partnershipId,
                Channel = SharingChannel.WorkingGroup,
                Name = "Groupe opérationnel décrochage",
                Purpose = "Prévenir le décrochage scolaire",
                Territory = "Village Sud",
                CreatedBy = id,
                CreatedAt = now,
            });
            db.Add(new CharterVersion
            {
                Id = Guid.NewGuid(),
                GroupId = groupId,
                Number = 1,
                Purpose = "Prévenir le décrochage scolaire",
                Categories = [InformationCategory.FamilySituation, InformationCategory.Schooling, InformationCategory.SupportActions],
                Rules = ["Seules les informations strictement utiles sont partagées."],
                PublishedBy = id,
                PublishedAt = now,
            });
            db.Add(new GroupMember { Id = memberId, GroupId = groupId, UserId = id, DesignatedBy = id, DesignatedAt = now });
            db.Add(new CharterSignature { Id = Guid.NewGuid(), GroupId = groupId, MemberId = memberId, VersionNumber = 1, SignedAt = now });
            await db.SaveChangesAsync();
        });
        return (email, groupId);
    }
}
