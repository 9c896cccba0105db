namespace Coprod.Web.Platform.Documents;

/// <summary>
/// A generated document (the yearly review, later the diagnostic): a title and blocks, written out as
/// HTML (<see cref="HtmlReportWriter"/>), DOCX (<see cref="DocxReportWriter"/>, editable, as
/// administrations expect) and PDF (<see cref="PdfReportWriter"/>) from the same content.
/// A <see cref="Watermark"/>, when given, is written at the head and foot of every PDF page, in the
/// header and footer of the DOCX and above the HTML content (a confidential case names its reader).
/// </summary>
public sealed record ReportDocument(string Title, string? Subtitle, IReadOnlyList<ReportBlock> Blocks, string? Watermark = null);

/// <summary>One block of a <see cref="ReportDocument"/>.</summary>
public abstract record ReportBlock;

/// <summary>A heading; <see cref="Level"/> 1 to 3.</summary>
public sealed record ReportHeading(int Level, string Text) : ReportBlock;

public sealed record ReportParagraph(string Text) : ReportBlock;

public sealed record ReportBullets(IReadOnlyList<string> Items) : ReportBlock;

/// <summary>A table with a header row; every row has as many cells as the header.</summary>
public sealed record ReportTable(IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows) : ReportBlock;

/// <summary>
/// A horizontal bar chart: one bar per line, its length <see cref="ReportBar.Share"/> (0 to 1) of the
/// width, an optional target mark at <see cref="ReportBar.TargetShare"/>, the figure written beside it.
/// </summary>
public sealed record ReportBarChart(string Caption, IReadOnlyList<ReportBar> Bars) : ReportBlock;

public sealed record ReportBar(string Label, double Share, double? TargetShare, string Figure);
