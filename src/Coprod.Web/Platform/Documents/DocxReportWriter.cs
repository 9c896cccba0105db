using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Coprod.Web.Platform.Documents;

/// <summary>
/// A <see cref="ReportDocument"/> as an editable Word document (DocumentFormat.OpenXml): real heading
/// styles (the navigation pane and a table of contents work), tables with a repeated header row, and
/// each bar chart as a table whose middle column holds a shaded bar, so it stays editable and readable
/// in any word processor.
/// </summary>
public static class DocxReportWriter
{
    private const int BarTwips = 3600;

    public static byte[] Write(ReportDocument document)
    {
        using var stream = new MemoryStream();
        using (var word = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = word.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = DocxStyles.Create();
            var body = new Body();
            body.Append(Para(document.Title, "Title"));
            if (document.Subtitle is { } subtitle)
            {
                body.Append(Para(subtitle, "Subtitle"));
            }
            foreach (var block in document.Blocks)
            {
                foreach (var element in Block(block))
                {
                    body.Append(element);
                }
            }
            var section = new SectionProperties();
            if (document.Watermark is { } watermark)
            {
                var header = main.AddNewPart<HeaderPart>();
                header.Header = new Header(Para(watermark, "Caption"));
                var footer = main.AddNewPart<FooterPart>();
                footer.Footer = new Footer(Para(watermark, "Caption"));
                section.Append(new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(header) },
                    new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(footer) });
            }
            section.Append(new PageSize { Width = 11906, Height = 16838 },
                new PageMargin { Top = 1134, Bottom = 1134, Left = 1134, Right = 1134, Header = 567, Footer = 567, Gutter = 0 });
            body.Append(section);
            main.Document = new Document(body);
            word.PackageProperties.Title = document.Title;
            word.PackageProperties.Language = "fr-FR";
        }
        return stream.ToArray();
    }

    private static IEnumerable<OpenXmlElement> Block(ReportBlock block) => block switch
    {
        ReportHeading h => [Para(h.Text, "Heading" + Math.Clamp(h.Level, 1, 3))],
        ReportParagraph p => [Para(p.Text, null)],
        ReportBullets b => b.Items.Select(i => Para("• " + i, "ListParagraph")),
        ReportTable t => [Table(t), Para("", null)],
        ReportBarChart c => [Para(c.Caption, "Caption"), Chart(c), Para("", null)],
        _ => [],
    };

    private static Paragraph Para(string text, string? style)
    {
        var paragraph = new Paragraph();
        if (style is not null)
        {
            paragraph.Append(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        }
        var lines = text.Split('\n');
        var run = new Run();
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                run.Append(new Break());
            }
            run.Append(new Text(lines[i]) { Space = SpaceProcessingModeValues.Preserve });
        }
        paragraph.Append(run);
        return paragraph;
    }

    private static Table Table(ReportTable t)
    {
        var table = new Table(new TableProperties(new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct }, Borders()),
            Grid(Enumerable.Repeat(9638 / Math.Max(1, t.Header.Count), t.Header.Count)));
        var header = new TableRow(new TableRowProperties(new TableHeader()));
        foreach (var head in t.Header)
        {
            header.Append(Cell(head, bold: true, shade: "EEF2F7"));
        }
        table.Append(header);
        foreach (var row in t.Rows)
        {
            table.Append(new TableRow(row.Select(c => Cell(c, bold: false, shade: null))));
        }
        return table;
    }

    private static Table Chart(ReportBarChart chart)
    {
        var table = new Table(new TableProperties(new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct }, Borders()),
            Grid([3838, BarTwips + 200, 9638 - 3838 - BarTwips - 200]));
        foreach (var bar in chart.Bars)
        {
            var filled = (int)Math.Round(Math.Clamp(bar.Share, 0, 1) * BarTwips);
            var inner = new Table(new TableProperties(new TableWidth { Width = BarTwips.ToString(), Type = TableWidthUnitValues.Dxa },
                new TableLayout { Type = TableLayoutValues.Fixed }), Grid(new[] { filled, BarTwips - filled }.Where(w => w > 0)));
            var cells = new TableRow();
            if (filled > 0)
            {
                cells.Append(BarCell(filled, "1F5FA8"));
            }
            if (BarTwips - filled > 0)
            {
                cells.Append(BarCell(BarTwips - filled, "E6E6E6"));
            }
            inner.Append(cells);
            var barCell = new TableCell(new TableCellProperties(new TableCellWidth { Width = (BarTwips + 200).ToString(), Type = TableWidthUnitValues.Dxa }),
                inner, new Paragraph());
            table.Append(new TableRow(Cell(bar.Label, bold: false, shade: null), barCell, Cell(bar.Figure, bold: false, shade: null)));
        }
        return table;
    }

    private static TableGrid Grid(IEnumerable<int> widths) => new(widths.Select(w => new GridColumn { Width = w.ToString() }));

    private static TableCell BarCell(int width, string color) =>
        new(new TableCellProperties(new TableCellWidth { Width = width.ToString(), Type = TableWidthUnitValues.Dxa },
            new Shading { Val = ShadingPatternValues.Clear, Fill = color, Color = "auto" }), new Paragraph(new Run(new Text(""))));

    private static TableCell Cell(string text, bool bold, string? shade)
    {
        var properties = new TableCellProperties();
        if (shade is not null)
        {
            properties.Append(new Shading { Val = ShadingPatternValues.Clear, Fill = shade, Color = "auto" });
        }
        var run = new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
        if (bold)
        {
            run.PrependChild(new RunProperties(new Bold()));
        }
        return new TableCell(properties, new Paragraph(run));
    }

    private static TableBorders Borders() => new(
        new TopBorder { Val = BorderValues.Single, Size = 4, Color = "BBBBBB" }, new BottomBorder { Val = BorderValues.Single, Size = 4, Color = "BBBBBB" },
        new LeftBorder { Val = BorderValues.Single, Size = 4, Color = "BBBBBB" }, new RightBorder { Val = BorderValues.Single, Size = 4, Color = "BBBBBB" },
        new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4, Color = "BBBBBB" },
        new InsideVerticalBorder { Val = BorderValues.Single, Size = 4, Color = "BBBBBB" });
}
