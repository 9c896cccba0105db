using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Coprod.Web.Platform.Documents;

/// <summary>
/// The cursor that lays a report out on A4 pages for <see cref="PdfReportWriter"/>: a new page when the next line does not fit;
/// the <paramref name="watermark"/>, when given, at the head and the foot of every page.
/// </summary>
internal sealed class PdfPageWriter(PdfDocument pdf, string? watermark = null)
{
    private static readonly XBrush Mark = new XSolidBrush(XColor.FromArgb(176, 0, 32));

    private const double Margin = 50, Bottom = 60;
    private static readonly XBrush Ink = new XSolidBrush(XColor.FromArgb(26, 26, 26));
    private static readonly XBrush Bar = new XSolidBrush(XColor.FromArgb(31, 95, 168));
    private static readonly XBrush Track = new XSolidBrush(XColor.FromArgb(230, 230, 230));
    private static readonly XBrush HeaderFill = new XSolidBrush(XColor.FromArgb(238, 242, 247));
    private static readonly XPen Rule = new(XColor.FromArgb(187, 187, 187), 0.5);
    private static readonly XPen Target = new(XColor.FromArgb(176, 0, 32), 1.5);

    private PdfPage? _page;
    private XGraphics? _gfx;
    private double _y;

    private double Width => (_page ?? Page()).Width.Point - 2 * Margin;

    private XGraphics Gfx
    {
        get
        {
            if (_gfx is null)
            {
                NewPage();
            }
            return _gfx!;
        }
    }

    public void Space(double points) => _y += points;

    private PdfPage Page()
    {
        NewPage();
        return _page!;
    }

    /// <summary>Starts a new page unless <paramref name="points"/> still fit on this one (a heading is not left alone at the foot).</summary>
    public void KeepSpace(double points)
    {
        _ = Gfx;
        if (_y + points > _page!.Height.Point - Bottom)
        {
            NewPage();
        }
    }

    public void Text(string text, double size, bool bold, double before = 0, double after = 0, double indent = 0)
    {
        var font = Font(size, bold);
        _y += before;
        foreach (var line in Wrap(text, font, Width - indent))
        {
            KeepSpace(size * 1.35);
            Gfx.DrawString(line, font, Ink, new XPoint(Margin + indent, _y + size));
            _y += size * 1.35;
        }
        _y += after;
    }

    public void Table(IReadOnlyList<string> header, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        var columns = Math.Max(1, header.Count);
        var width = Width / columns;
        var font = Font(8.5, false);
        var headFont = Font(8.5, true);
        Row(header, headFont, width, HeaderFill);
        foreach (var row in rows)
        {
            var lines = row.Select(c => Wrap(c, font, width - 6)).ToList();
            var height = lines.Max(l => l.Count) * 11.5 + 6;
            if (_y + height > _page!.Height.Point - Bottom)
            {
                NewPage();
                Row(header, headFont, width, HeaderFill);
            }
            Row(row, font, width, null);
        }
        _y += 10;
    }

    public void Chart(ReportBarChart chart)
    {
        Text(chart.Caption, 10, bold: true, before: 4, after: 2);
        var font = Font(8.5, false);
        var labelWidth = Width * 0.38;
        var barWidth = Width * 0.42;
        foreach (var bar in chart.Bars)
        {
            KeepSpace(18);
            var label = Wrap(bar.Label, font, labelWidth - 6).First();
            Gfx.DrawString(label, font, Ink, new XPoint(Margin, _y + 11));
            var x = Margin + labelWidth;
            Gfx.DrawRectangle(Track, x, _y + 2, barWidth, 11);
            Gfx.DrawRectangle(Bar, x, _y + 2, Math.Clamp(bar.Share, 0, 1) * barWidth, 11);
            if (bar.TargetShare is { } target)
            {
                var t = x + Math.Clamp(target, 0, 1) * barWidth;
                Gfx.DrawLine(Target, t, _y, t, _y + 15);
            }
            Gfx.DrawString(bar.Figure, font, Ink, new XPoint(x + barWidth + 6, _y + 11));
            _y += 17;
        }
        _y += 8;
    }

    /// <summary>Closes the last page.</summary>
    public void Finish()
    {
        _gfx?.Dispose();
        _gfx = null;
    }

    private void Row(IReadOnlyList<string> cells, XFont font, double width, XBrush? fill)
    {
        var lines = cells.Select(c => Wrap(c, font, width - 6)).ToList();
        var height = Math.Max(1, lines.Max(l => l.Count)) * 11.5 + 6;
        KeepSpace(height);
        for (var i = 0; i < cells.Count; i++)
        {
            var x = Margin + i * width;
            if (fill is not null)
            {
                Gfx.DrawRectangle(fill, x, _y, width, height);
            }
            Gfx.DrawRectangle(Rule, x, _y, width, height);
            for (var l = 0; l < lines[i].Count; l++)
            {
                Gfx.DrawString(lines[i][l], font, Ink, new XPoint(x + 3, _y + 3 + 9 + l * 11.5));
            }
        }
        _y += height;
    }

    private List<string> Wrap(string text, XFont font, double width)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.Split('\n'))
        {
            var line = "";
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = line.Length == 0 ? word : line + " " + word;
                if (line.Length > 0 && Gfx.MeasureString(candidate, font).Width > width)
                {
                    lines.Add(line);
                    line = word;
                }
                else
                {
                    line = candidate;
                }
            }
            lines.Add(line);
        }
        return lines;
    }

    private void NewPage()
    {
        _gfx?.Dispose();
        _page = pdf.AddPage();
        _page.Size = PdfSharp.PageSize.A4;
        _gfx = XGraphics.FromPdfPage(_page);
        var number = $"page {pdf.PageCount}";
        var font = Font(8, false);
        _gfx.DrawString(number, font, Ink, new XPoint((_page.Width.Point - _gfx.MeasureString(number, font).Width) / 2, _page.Height.Point - 30));
        _y = Margin;
        if (watermark is not null)
        {
            var markFont = Font(7.5, true);
            var lines = Wrap(watermark, markFont, Width);
            for (var i = 0; i < lines.Count; i++)
            {
                _gfx.DrawString(lines[i], markFont, Mark, new XPoint(Margin, 24 + i * 9.5));
                _gfx.DrawString(lines[i], markFont, Mark, new XPoint(Margin, _page.Height.Point - 48 + i * 9.5 - (lines.Count - 1) * 9.5));
            }
            _y = Math.Max(_y, 24 + lines.Count * 9.5 + 8);
        }
    }

    private static XFont Font(double size, bool bold) => new(SystemFontResolver.Family, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular);
}
