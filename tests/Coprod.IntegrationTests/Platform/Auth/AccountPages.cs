using System.Globalization;
using System.Net;
using System.Resources;
using Coprod.Tests.Shared;
using Coprod.Web.Components.Account;
using Coprod.Web.Platform.Auth;
using Coprod.Web.Platform.Localization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Coprod.IntegrationTests.Platform.Auth;

/// <summary>What the account tests do again and again: a browser-like client, form posts, the French texts.</summary>
internal static class AccountPages
{
    public const string AuthCookie = "coprod.auth";

    private static readonly CultureInfo French = new("fr-FR");
    private static readonly ResourceManager AccountTexts = new(typeof(AccountText).FullName!, typeof(AccountText).Assembly);
    private static readonly ResourceManager UiTexts = new(typeof(UiText).FullName!, typeof(UiText).Assembly);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A client that keeps cookies and does not follow redirects, like a browser one step at a time.</summary>
    public static HttpClient Browser(this AppFactory app) =>
        app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>A French text of the account pages, formatted like the page formats it.</summary>
    public static string Text(string key, params object[] arguments) =>
        string.Format(French, AccountTexts.GetString(key, French) ?? throw new InvalidOperationException(key), arguments);

    public static string UiText(string key) => UiTexts.GetString(key, French) ?? throw new InvalidOperationException(key);

    /// <summary>The page's HTML with entities decoded (the renderer encodes accented letters).</summary>
    public static async Task<string> ReadPageAsync(this HttpResponseMessage response) =>
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct));

    public static async Task<string> GetPageAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync(Ct);
    }

    /// <summary>The page's text with entities decoded, after asserting it answered 200.</summary>
    public static async Task<string> GetTextAsync(this HttpClient client, string url) =>
        WebUtility.HtmlDecode(await client.GetPageAsync(url));

    /// <summary>Opens the page, fills the form named <paramref name="formName"/> (fields by id) and submits it.</summary>
    public static async Task<HttpResponseMessage> SubmitAsync(this HttpClient client, string url, string formName, params (string Id, string Value)[] fields)
    {
        var form = HtmlForm.Find(await client.GetPageAsync(url), url, formName);
        foreach (var (id, value) in fields)
        {
            form.Set(id, value);
        }
        return await form.SubmitAsync(client);
    }

    public static Task<HttpResponseMessage> SignInAsync(this HttpClient client, string email, string password, string? returnUrl = null) =>
        client.SubmitAsync(returnUrl is null ? "/compte/connexion" : $"/compte/connexion?returnUrl={Uri.EscapeDataString(returnUrl)}",
            "connexion", ("email", email), ("password", password));

    /// <summary>A browser signed in through the sign-in page.</summary>
    public static async Task<HttpClient> SignedInBrowserAsync(this AppFactory app, CoprodUser user, string password = TestData.Password)
    {
        var browser = app.Browser();
        var response = await browser.SignInAsync(user.Email!, password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return browser;
    }

    /// <summary>Signs in with wrong passwords, <paramref name="times"/> times.</summary>
    public static async Task FailSignInAsync(this HttpClient browser, CoprodUser user, int times)
    {
        for (var i = 0; i < times; i++)
        {
            await browser.SignInAsync(user.Email!, $"Wrong-Password-{i}");
        }
    }

    /// <summary>A browser past the password step of a two-factor account, and the second-step page it was sent to.</summary>
    public static async Task<(HttpClient Browser, string SecondStep)> PasswordStepAsync(this AppFactory app, CoprodUser user, string? returnUrl = null)
    {
        var browser = app.Browser();
        return (browser, (await browser.SignInAsync(user.Email!, TestData.Password, returnUrl)).LocalRedirect());
    }

    /// <summary>A browser signed in through both steps, with the current code of <paramref name="key"/>.</summary>
    public static async Task<HttpClient> SignedInWithCodeAsync(this AppFactory app, CoprodUser user, string key)
    {
        var (browser, secondStep) = await app.PasswordStepAsync(user);
        var response = await browser.SubmitAsync(secondStep, "connexion-2fa", ("code", Totp.Code(key)));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return browser;
    }

    public static bool SetsCookie(this HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith(name + "=", StringComparison.Ordinal) && !c.StartsWith(name + "=;", StringComparison.Ordinal));

    /// <summary>The redirect target as a path and query on this site (asserts it is not another site).</summary>
    public static string LocalRedirect(this HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!;
        var absolute = location.IsAbsoluteUri ? location : new Uri(new Uri("http://localhost/"), location);
        Assert.Equal("localhost", absolute.Host);
        return absolute.PathAndQuery;
    }

    /// <summary>Turns two-factor authentication on directly in the store; returns the authenticator key.</summary>
    public static async Task<string> EnableTwoFactorAsync(this AppFactory app, CoprodUser user)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CoprodUser>>();
        var account = await users.FindByIdAsync(user.Id.ToString()) ?? throw new InvalidOperationException("No such account.");
        await users.ResetAuthenticatorKeyAsync(account);
        await users.SetTwoFactorEnabledAsync(account, true);
        return await users.GetAuthenticatorKeyAsync(account) ?? throw new InvalidOperationException("No authenticator key.");
    }

    public static async Task<IReadOnlyList<string>> NewRecoveryCodesAsync(this AppFactory app, CoprodUser user)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CoprodUser>>();
        var account = await users.FindByIdAsync(user.Id.ToString()) ?? throw new InvalidOperationException("No such account.");
        return (await users.GenerateNewTwoFactorRecoveryCodesAsync(account, 10))!.ToList();
    }

    public static async Task<CoprodUser> ReloadAsync(this AppFactory app, CoprodUser user)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CoprodUser>>();
        return await users.FindByIdAsync(user.Id.ToString()) ?? throw new InvalidOperationException("No such account.");
    }
}
