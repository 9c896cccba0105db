using System.Text.RegularExpressions;

namespace Coprod.IntegrationTests.Platform.Auth;

/// <summary>What every account page owes assistive technologies: one heading 1, a label for every field, the page language.</summary>
public sealed partial class AccountPagesAccessibilityTests(AppFactory app)
{
    [Theory]
    [InlineData("/compte/connexion")]
    [InlineData("/compte/mot-de-passe-oublie")]
    [InlineData("/compte/reinitialiser-mot-de-passe?email=a%40b.fr&code=abc")]
    [InlineData("/acces-refuse")]
    public async Task AnonymousPage_Get_HasOneHeadingAndLabelledFields(string url) =>
        AssertAccessible(await app.Browser().GetPageAsync(url));

    [Theory]
    [InlineData("/compte/securite")]
    [InlineData("/compte/securite/activer-2fa")]
    [InlineData("/compte/securite/codes-de-secours")]
    public async Task SignedInPage_Get_HasOneHeadingAndLabelledFields(string url)
    {
        var user = await app.CreateUserAsync(password: TestData.Password);
        var browser = await app.SignedInBrowserAsync(user);

        AssertAccessible(await browser.GetPageAsync(url));
    }

    private static void AssertAccessible(string html)
    {
        Assert.Contains("<html lang=\"fr\"", html);
        Assert.Single(HeadingPattern().Matches(html));
        foreach (Match input in InputPattern().Matches(html))
        {
            var id = IdPattern().Match(input.Value);
            Assert.True(id.Success, $"Field without id: {input.Value}");
            Assert.Contains($"<label for=\"{id.Groups[1].Value}\"", html);
        }
    }

    [GeneratedRegex("<h1[\\s>]")]
    private static partial Regex HeadingPattern();

    // Every visible field: hidden inputs carry no label.
    [GeneratedRegex("<input\\b(?![^>]*type=\"hidden\")[^>]*>")]
    private static partial Regex InputPattern();

    [GeneratedRegex("\\bid=\"([^\"]+)\"")]
    private static partial Regex IdPattern();
}
