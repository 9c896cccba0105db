using PdfSharp.Pdf;

namespace Coprod.Web.Platform.Documents;

/// <summary>
/// A <see cref="ReportDocument"/> as a PDF (PDFsharp, AGPL): A4 pages with margins, wrapped text,
/// tables whose rows break across pages with the header repeated, bar charts drawn with their target
/// marks, the page's number at its foot. Text stays text (searchable, extractable).
/// </summary>
public static class PdfReportWriter
{
    static PdfReportWriter()
    {
        PdfSharp.PdfSharpLicense.SetAgplLicense();
        SystemFontResolver.Install();
    }

    public static byte[] Write(ReportDocument document)
    {
        using var pdf = new PdfDocument();
        pdf.Info.Title = document.Title;
        var page = new PdfPageWriter(pdf, document.Watermark);
        page.Text(document.Title, 20, bold: true, after: 6);
        if (document.Subtitle is { } subtitle)
        {
            page.Text(subtitle, 12, bold: false, after: 12);
        }
        foreach (var block in document.Blocks)
        {
            switch (block)
            {
                case ReportHeading h:
                    page.KeepSpace(60);
                    page.Text(h.Text, h.Level switch { 1 => 16, 2 => 13, _ => 11.5 }, bold: true, before: 8, after: 4);
                    break;
                case ReportParagraph p:
                    page.Text(p.Text, 10, bold: false, after: 6);
                    break;
                case ReportBullets b:
                    foreach (var item in b.Items)
                    {
                        page.Text("• " + item, 10, bold: false, after: 2, indent: 10);
                    }
                    page.Space(4);
                    break;
                case ReportTable t:
                    page.Table(t.Header, t.Rows);
                    break;
                case ReportBarChart c:
                    page.Chart(c);
                    break;
            }
        }
        page.Finish();
        using var stream = new MemoryStream();
        pdf.Save(stream, false);
        return stream.ToArray();
    }
}
