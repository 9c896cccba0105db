using Coprod.Web.Platform;

namespace Coprod.UnitTests.Platform;

public sealed class SecurityHeadersTests
{
    [Theory]
    [InlineData(null, "")]
    [InlineData("", "")]
    [InlineData("https://tile.openstreetmap.org/{z}/{x}/{y}.png", " https://tile.openstreetmap.org")]
    [InlineData("https://{s}.tiles.example.org/{z}/{x}/{y}.png", " https://*.tiles.example.org")]
    [InlineData("http://localhost:8080/tiles/{z}/{x}/{y}.png", " http://localhost:8080")]
    [InlineData("javascript:alert(1)", "")]
    [InlineData("tiles/{z}/{x}/{y}.png", "")]
    public void TileOrigin_AllowsOnlyTheTileServersOrigin(string? template, string expected) =>
        Assert.Equal(expected, SecurityHeadersMiddleware.TileOrigin(template));
}
