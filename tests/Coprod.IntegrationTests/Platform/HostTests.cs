using System.Net;
using System.Text.Json;
using static Coprod.IntegrationTests.ApiAssert;

namespace Coprod.IntegrationTests.Platform;

public sealed class HostTests(AppFactory app)
{
    [Fact]
    public async Task SignInPage_CarriesSecurityHeaders()
    {
        var response = await app.Anonymous().GetAsync("/compte/connexion", Ct);
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Contains("script-src 'self'", csp);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task OpenApiDocument_NamesEveryApiOperation()
    {
        var doc = await OkAsync<JsonElement>(await app.Anonymous().GetAsync("/openapi/v1.json", Ct));
        var operations = doc.GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().Select(o => (Path: p.Name, Op: o.Value)))
            .ToList();
        Assert.Contains(operations, o => o.Path == "/api/v1/me");
        Assert.Contains(operations, o => o.Path == "/api/v1/auth/login");
        Assert.All(operations, o => Assert.True(o.Op.TryGetProperty("operationId", out _), $"{o.Path} has no operationId"));
    }

    [Fact]
    public async Task ScalarReference_IsServed()
    {
        var response = await app.CreateClient().GetAsync("/scalar", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task UnknownApiRoute_ReturnsProblemDetails() =>
        await ProblemAsync(await app.Anonymous().GetAsync("/api/v1/nothing-here", Ct), HttpStatusCode.NotFound);

    [Fact]
    public async Task PartnershipPage_Anonymous_RedirectsToSignIn()
    {
        var response = await app.Anonymous().GetAsync($"/p/{Guid.NewGuid()}", Ct);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/compte/connexion", response.Headers.Location?.OriginalString.Replace("http://localhost", "", StringComparison.Ordinal));
    }
}
