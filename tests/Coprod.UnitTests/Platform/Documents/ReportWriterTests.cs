using Coprod.Tests.Shared;
using Coprod.Web.Platform.Documents;

namespace Coprod.UnitTests.Platform.Documents;

public sealed class ReportWriterTests
{
    [Fact]
    public async Task Docx_OpensInLibreOffice_WithEveryTextOfTheDocument()
    {
        var text = await DocumentToolsRun.DocxToTextAsync(DocxReportWriter.Write(ReportSamples.Review()));

        Assert.Contains("Bilan annuel 2026", text);
        Assert.Contains("Synthèse du contrat", text);
        Assert.Contains("Les engagements tenus à temps : 62 %.", text);
        Assert.Contains("Fiche n° 8 : rodéos motorisés", text);
        Assert.Contains("Institution n° 80", text);
        Assert.Contains("55 % (attendu 63 %)", text);
        Assert.Contains("Fin du bilan.", text);
    }

    [Fact]
    public async Task Pdf_RendersSearchableText_OverSeveralNumberedPages()
    {
        var (text, pages) = await DocumentToolsRun.PdfToTextAsync(PdfReportWriter.Write(ReportSamples.Review()));

        Assert.Contains("Bilan annuel 2026", text);
        Assert.Contains("Synthèse du contrat", text);
        Assert.Contains("Institution n° 80", text);
        Assert.Contains("Exclusions au collège", text);
        Assert.Contains("Fin du bilan.", text);
        Assert.True(pages >= 2, $"{pages} pages");
        Assert.Matches(@"page\s*2\b", text);
    }

    [Fact]
    public void Html_IsOneEncodedPage_WithTheChartsFiguresInText()
    {
        var document = ReportSamples.Review() with { Title = "Bilan <2026> & suite" };

        var html = HtmlReportWriter.Write(document);

        Assert.StartsWith("<!DOCTYPE html><html lang=\"fr\">", html);
        Assert.Contains("<h1>Bilan &lt;2026&gt; &amp; suite</h1>", html);
        Assert.Contains("<svg", html);
        Assert.Contains("Rodéos signalés : -30 %", System.Net.WebUtility.HtmlDecode(html));
    }
}
