using System.Net;

namespace Coprod.IntegrationTests.Platform;

public sealed class HealthTests(AppFactory app)
{
    [Fact]
    public async Task Health_Anonymous_ReturnsHealthy()
    {
        var response = await app.Anonymous().GetAsync("/health", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }
}
