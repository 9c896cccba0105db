using System.IO.Compression;
using System.Text;
using Coprod.Web.Modules.Governance.Domain;

namespace Coprod.UnitTests.Modules.Governance.Domain;

public sealed class DocumentFormatsTests
{
    [Theory]
    [InlineData("Compte rendu.PDF", "PDF")]
    [InlineData("photo.jpeg", "JPEG")]
    [InlineData("photo.JPG", "JPEG")]
    [InlineData("tableau.xlsx", "XLSX")]
    [InlineData("budget.ods", "ODS")]
    public void ForName_AcceptedExtension_GivesItsFormat(string name, string label) => Assert.Equal(label, DocumentFormats.ForName(name)?.Label);

    [Theory]
    [InlineData("outil.exe")]
    [InlineData("page.html")]
    [InlineData("macro.docm")]
    [InlineData("sans-extension")]
    public void ForName_OtherExtension_IsNotAccepted(string name) => Assert.Null(DocumentFormats.ForName(name));

    [Fact]
    public void Matches_Pdf_NeedsItsSignatureAtTheStart()
    {
        var pdf = DocumentFormats.ForName("a.pdf")!;
        Assert.True(pdf.Matches(Encoding.ASCII.GetBytes("%PDF-1.7\n%%EOF")));
        Assert.False(pdf.Matches(Encoding.ASCII.GetBytes(" %PDF-1.7\n%%EOF")));
        Assert.False(pdf.Matches([]));
    }

    [Fact]
    public void Matches_Jpeg_AndPng_ReadTheirSignatures()
    {
        Assert.True(DocumentFormats.ForName("a.jpg")!.Matches([0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10]));
        Assert.False(DocumentFormats.ForName("a.jpg")!.Matches([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]));
        Assert.True(DocumentFormats.ForName("a.png")!.Matches([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]));
    }

    [Fact]
    public void Matches_Text_IsUtf8WithoutNul_WithOrWithoutByteOrderMark()
    {
        var txt = DocumentFormats.ForName("a.txt")!;
        Assert.True(txt.Matches(Encoding.UTF8.GetBytes("Réunion du comité ; échéances")));
        Assert.True(txt.Matches([0xEF, 0xBB, 0xBF, 0x61]));
        Assert.False(txt.Matches([0x61, 0x00]));
        Assert.False(txt.Matches([0x52, 0xE9, 0x75])); // « Réu » in Latin-1
    }

    [Fact]
    public void Matches_OpenDocument_ReadsTheMimetypeEntry_SoATextIsNotASpreadsheet()
    {
        var odt = Zip(("mimetype", "application/vnd.oasis.opendocument.text"), ("content.xml", "<x/>"));
        Assert.True(DocumentFormats.ForName("a.odt")!.Matches(odt));
        Assert.False(DocumentFormats.ForName("a.ods")!.Matches(odt));
        Assert.False(DocumentFormats.ForName("a.docx")!.Matches(odt));
    }

    [Fact]
    public void Matches_OpenXml_NeedsTheMainPartOfItsApplication()
    {
        var xlsx = Zip(("[Content_Types].xml", "<Types/>"), ("xl/workbook.xml", "<workbook/>"));
        Assert.True(DocumentFormats.ForName("a.xlsx")!.Matches(xlsx));
        Assert.False(DocumentFormats.ForName("a.docx")!.Matches(xlsx));
        Assert.False(DocumentFormats.ForName("a.pptx")!.Matches(xlsx));
    }

    [Fact]
    public void Matches_TruncatedZip_IsRefusedWithoutThrowing() =>
        Assert.False(DocumentFormats.ForName("a.docx")!.Matches([0x50, 0x4B, 0x03, 0x04, 1, 2, 3]));

    [Theory]
    [InlineData(@"C:\Users\agent\Bureau\Compte rendu.pdf", "Compte rendu.pdf")]
    [InlineData("../../etc/passwd.txt", "passwd.txt")]
    [InlineData("rapport\u202Efdp.exe", "rapportfdp.exe")]
    [InlineData("a<b>:c\"d|e?f*.pdf", "abcdef.pdf")]
    [InlineData("  ligne\tà\nligne  .pdf", "ligne à ligne.pdf")]
    [InlineData(".pdf", "pdf")]
    [InlineData("...", "document")]
    [InlineData(null, "document")]
    public void SafeFileName_KeepsTheLastSegmentWithoutControlOrReservedCharacters(string? name, string expected) =>
        Assert.Equal(expected, DocumentFormats.SafeFileName(name, 200));

    [Fact]
    public void SafeFileName_TooLong_IsShortenedKeepingTheExtension()
    {
        var name = DocumentFormats.SafeFileName(new string('a', 300) + ".pdf", 200);
        Assert.Equal(200, name.Length);
        Assert.EndsWith("a.pdf", name);
    }

    private static byte[] Zip(params (string Name, string Text)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open());
                writer.Write(text);
            }
        }
        return buffer.ToArray();
    }
}
