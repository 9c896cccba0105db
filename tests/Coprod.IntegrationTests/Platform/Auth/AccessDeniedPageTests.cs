using System.Net;

namespace Coprod.IntegrationTests.Platform.Auth;

public sealed class AccessDeniedPageTests(AppFactory app)
{
    [Fact]
    public async Task AccessDeniedPage_Get_ExplainsInFrench()
    {
        var response = await app.Browser().GetAsync("/acces-refuse", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ReadPageAsync();
        Assert.Matches($"<h1[^>]*>{AccountPages.Text("AccessDenied_Title")}</h1>", page);
        Assert.Contains(AccountPages.Text("AccessDenied_Body"), page);
    }
}
