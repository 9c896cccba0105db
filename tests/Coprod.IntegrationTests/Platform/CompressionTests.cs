using System.Net.Http.Json;
using Coprod.Web.Modules.Partnerships.Domain;
using static Coprod.IntegrationTests.ApiAssert;

namespace Coprod.IntegrationTests.Platform;

/// <summary>The map's large answers travel compressed; answers that carry secrets never are (BREACH).</summary>
public sealed class CompressionTests(AppFactory app)
{
    [Fact]
    public async Task MapPoints_AreCompressed_WhenTheClientAcceptsIt()
    {
        var (partnership, _, client) = await app.MemberAsync(PartnershipRole.Coordinateur);
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/partnerships/{partnership.Id}/events/points");
        request.Headers.AcceptEncoding.ParseAdd("gzip");
        using var response = await client.SendAsync(request, Ct);
        Assert.True(response.IsSuccessStatusCode);
        Assert.Contains("gzip", response.Content.Headers.ContentEncoding);
    }

    [Fact]
    public async Task Login_WithItsTokens_IsNeverCompressed()
    {
        var user = await app.CreateUserAsync(password: TestData.Password);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/auth/login")
        {
            Content = JsonContent.Create(new { email = user.Email, password = TestData.Password }),
        };
        request.Headers.AcceptEncoding.ParseAdd("gzip");
        using var response = await app.Anonymous().SendAsync(request, Ct);
        Assert.True(response.IsSuccessStatusCode);
        Assert.Empty(response.Content.Headers.ContentEncoding);
    }
}
