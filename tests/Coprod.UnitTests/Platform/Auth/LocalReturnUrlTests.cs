using Coprod.Web.Platform.Auth.Account;

namespace Coprod.UnitTests.Platform.Auth;

public sealed class LocalReturnUrlTests
{
    [Theory]
    [InlineData("/")]
    [InlineData("/compte/securite")]
    [InlineData("/p/3f2b/evenements?categorie=rodeo#carte")]
    public void OrHome_LocalPath_KeepsIt(string url) => Assert.Equal(url, LocalReturnUrl.OrHome(url));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example/")]
    [InlineData("javascript:alert(1)")]
    [InlineData("compte/securite")]
    [InlineData("/compte\r\nLocation: https://evil.example/")]
    public void OrHome_AnythingElse_GivesHome(string? url) => Assert.Equal("/", LocalReturnUrl.OrHome(url));
}
