using System.Xml.Linq;
using Coprod.Web.Platform.Auth.Account;

namespace Coprod.UnitTests.Platform.Auth;

public sealed class QrCodeSvgTests
{
    [Fact]
    public void Render_AuthenticatorUri_GivesScalableSvgWithoutScript()
    {
        var svg = QrCodeSvg.Render(AuthenticatorUri.For("marie.dupont@mairie.fr", "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"));

        var root = XElement.Parse(svg);
        Assert.Equal("svg", root.Name.LocalName);
        Assert.NotNull(root.Attribute("viewBox"));
        Assert.DoesNotContain("<script", svg, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Render_SameText_GivesSameDrawing() =>
        Assert.Equal(QrCodeSvg.Render("otpauth://totp/Coprod:a?secret=B"), QrCodeSvg.Render("otpauth://totp/Coprod:a?secret=B"));
}
