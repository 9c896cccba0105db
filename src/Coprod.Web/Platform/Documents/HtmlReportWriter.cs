using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;

namespace Coprod.Web.Platform.Documents;

/// <summary>A <see cref="ReportDocument"/> as a standalone HTML page (French, printable, charts as inline SVG with their figures in text).</summary>
public static class HtmlReportWriter
{
    private static readonly HtmlEncoder Html = HtmlEncoder.Default;

    public static string Write(ReportDocument document)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<title>").Append(E(document.Title)).Append("</title><style>")
            .Append("body{font-family:'DejaVu Sans',Arial,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.45;color:#1a1a1a}")
            .Append("table{border-collapse:collapse;width:100%;margin:1rem 0}th,td{border:1px solid #bbb;padding:.3rem .5rem;text-align:left;vertical-align:top}")
            .Append("th{background:#eef2f7}figure{margin:1rem 0}figcaption{font-weight:600;margin-bottom:.3rem}.bar-label{font-size:.9rem}")
            .Append("</style></head><body><main>")
            .Append("<h1>").Append(E(document.Title)).Append("</h1>");
        if (document.Watermark is { } watermark)
        {
            html.Append("<p role=\"note\" style=\"color:#b00020;font-weight:600\">").Append(E(watermark)).Append("</p>");
        }
        if (document.Subtitle is { } subtitle)
        {
            html.Append("<p><strong>").Append(E(subtitle)).Append("</strong></p>");
        }
        foreach (var block in document.Blocks)
        {
            Block(html, block);
        }
        return html.Append("</main></body></html>").ToString();
    }

    private static void Block(StringBuilder html, ReportBlock block)
    {
        switch (block)
        {
            case ReportHeading h:
                var level = Math.Clamp(h.Level + 1, 2, 4);
                html.Append($"<h{level}>").Append(E(h.Text)).Append($"</h{level}>");
                break;
            case ReportParagraph p:
                html.Append("<p>").Append(E(p.Text)).Append("</p>");
                break;
            case ReportBullets b:
                html.Append("<ul>");
                foreach (var item in b.Items)
                {
                    html.Append("<li>").Append(E(item)).Append("</li>");
                }
                html.Append("</ul>");
                break;
            case ReportTable t:
                html.Append("<table><thead><tr>");
                foreach (var head in t.Header)
                {
                    html.Append("<th scope=\"col\">").Append(E(head)).Append("</th>");
                }
                html.Append("</tr></thead><tbody>");
                foreach (var row in t.Rows)
                {
                    html.Append("<tr>");
                    foreach (var cell in row)
                    {
                        html.Append("<td>").Append(E(cell)).Append("</td>");
                    }
                    html.Append("</tr>");
                }
                html.Append("</tbody></table>");
                break;
            case ReportBarChart c:
                Chart(html, c);
                break;
        }
    }

    private static void Chart(StringBuilder html, ReportBarChart chart)
    {
        const int width = 600, row = 26, labelWidth = 240, barWidth = 260;
        var height = chart.Bars.Count * row + 4;
        html.Append("<figure><figcaption>").Append(E(chart.Caption)).Append("</figcaption>")
            .Append($"<svg viewBox=\"0 0 {width} {height}\" width=\"100%\" role=\"img\" aria-label=\"").Append(E(chart.Caption)).Append("\">");
        for (var i = 0; i < chart.Bars.Count; i++)
        {
            var bar = chart.Bars[i];
            var y = i * row + 4;
            var length = Math.Clamp(bar.Share, 0, 1) * barWidth;
            html.Append($"<text x=\"0\" y=\"{y + 15}\" class=\"bar-label\" font-size=\"12\">").Append(E(Short(bar.Label))).Append("</text>")
                .Append($"<rect x=\"{labelWidth}\" y=\"{y + 3}\" width=\"{barWidth}\" height=\"16\" fill=\"#e6e6e6\"/>")
                .Append($"<rect x=\"{labelWidth}\" y=\"{y + 3}\" width=\"{N(length)}\" height=\"16\" fill=\"#1f5fa8\"/>");
            if (bar.TargetShare is { } target)
            {
                var x = labelWidth + Math.Clamp(target, 0, 1) * barWidth;
                html.Append($"<line x1=\"{N(x)}\" x2=\"{N(x)}\" y1=\"{y}\" y2=\"{y + 22}\" stroke=\"#b00020\" stroke-width=\"2\"/>");
            }
            html.Append($"<text x=\"{labelWidth + barWidth + 8}\" y=\"{y + 15}\" font-size=\"12\">").Append(E(bar.Figure)).Append("</text>");
        }
        html.Append("</svg><ul>");
        foreach (var bar in chart.Bars)
        {
            html.Append("<li>").Append(E(bar.Label)).Append(" : ").Append(E(bar.Figure)).Append("</li>");
        }
        html.Append("</ul></figure>");
    }

    private static string Short(string text) => text.Length <= 38 ? text : text[..37] + "…";

    private static string N(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    private static string E(string text) => Html.Encode(text);
}
