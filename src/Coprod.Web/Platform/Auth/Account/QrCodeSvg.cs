using QRCoder;

namespace Coprod.Web.Platform.Auth.Account;

/// <summary>Draws a QR code as an inline SVG document (no image request, no script).</summary>
public static class QrCodeSvg
{
    public static string Render(string text)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        return new SvgQRCode(data).GetGraphic(4, "#000000", "#ffffff", drawQuietZones: true, SvgQRCode.SizingMode.ViewBoxAttribute);
    }
}
