using DocumentFormat.OpenXml.Wordprocessing;

namespace Coprod.Web.Platform.Documents;

/// <summary>The styles of the generated Word documents: Normal, Title, Subtitle, Heading 1–3, Caption and List Paragraph, in French.</summary>
internal static class DocxStyles
{
    public static Styles Create()
    {
        var styles = new Styles(new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(new RunFonts { Ascii = "Liberation Sans", HighAnsi = "Liberation Sans", ComplexScript = "Liberation Sans" },
                new FontSize { Val = "21" }, new Languages { Val = "fr-FR" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "120", Line = "276", LineRule = LineSpacingRuleValues.Auto }))));
        styles.Append(Style("Normal", "Normal", null, null, false));
        styles.Append(Style("Title", "Title", 44, "1F3A5F", true));
        styles.Append(Style("Subtitle", "Subtitle", 26, "555555", false));
        styles.Append(Style("Heading1", "heading 1", 32, "1F3A5F", true, outline: 0));
        styles.Append(Style("Heading2", "heading 2", 26, "1F5FA8", true, outline: 1));
        styles.Append(Style("Heading3", "heading 3", 23, "333333", true, outline: 2));
        styles.Append(Style("Caption", "caption", 20, "333333", true));
        styles.Append(Style("ListParagraph", "List Paragraph", null, null, false));
        return styles;
    }

    private static Style Style(string id, string name, int? halfPoints, string? color, bool bold, int? outline = null)
    {
        var run = new StyleRunProperties();
        if (bold)
        {
            run.Append(new Bold());
        }
        if (color is not null)
        {
            run.Append(new Color { Val = color });
        }
        if (halfPoints is { } size)
        {
            run.Append(new FontSize { Val = size.ToString() });
        }
        var paragraph = new StyleParagraphProperties();
        if (outline is { } level)
        {
            paragraph.Append(new KeepNext(), new SpacingBetweenLines { Before = "240", After = "120" }, new OutlineLevel { Val = level });
        }
        var style = new Style(new StyleName { Val = name }) { Type = StyleValues.Paragraph, StyleId = id };
        if (id != "Normal")
        {
            style.Append(new BasedOn { Val = "Normal" }, new NextParagraphStyle { Val = "Normal" });
        }
        style.Append(new PrimaryStyle(), paragraph, run);
        return style;
    }
}
