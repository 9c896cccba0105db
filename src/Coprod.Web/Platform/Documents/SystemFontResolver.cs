using PdfSharp.Fonts;

namespace Coprod.Web.Platform.Documents;

/// <summary>
/// Gives PDFsharp the machine's DejaVu Sans (regular, bold): PDFsharp finds no fonts by itself on
/// Linux. The fonts come with the system (Debian: <c>fonts-dejavu-core</c>); without them a PDF cannot
/// be written and the error says which package to install.
/// </summary>
internal sealed class SystemFontResolver : IFontResolver
{
    public const string Family = "DejaVu Sans";

    private static readonly string[] Folders = ["/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/dejavu", "/usr/local/share/fonts", "C:\\Windows\\Fonts"];

    private static readonly Lazy<SystemFontResolver> Instance = new(() => new SystemFontResolver());

    /// <summary>Installs the resolver once for the process (PDFsharp's setting is global).</summary>
    public static void Install()
    {
        if (GlobalFontSettings.FontResolver is not SystemFontResolver)
        {
            GlobalFontSettings.FontResolver = Instance.Value;
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) => new(bold ? "DejaVuSans-Bold" : "DejaVuSans");

    public byte[]? GetFont(string faceName)
    {
        foreach (var folder in Folders)
        {
            var path = Path.Combine(folder, faceName + ".ttf");
            if (File.Exists(path))
            {
                return File.ReadAllBytes(path);
            }
        }
        throw new InvalidOperationException($"Font {faceName}.ttf not found: install the DejaVu fonts (Debian: apt-get install fonts-dejavu-core) to write PDF documents.");
    }
}
