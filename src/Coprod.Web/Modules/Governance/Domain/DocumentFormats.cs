using System.IO.Compression;
using System.Text;
using System.Text.Unicode;

namespace Coprod.Web.Modules.Governance.Domain;

/// <summary>
/// The kinds of file a meeting accepts, each known by its extension <em>and</em> recognised by its
/// content: a file whose bytes are not what its name says is refused, so that a download always
/// holds what its type announces.
/// </summary>
public static class DocumentFormats
{
    /// <summary>An accepted kind of file: <see cref="ContentType"/> is what downloads are served as.</summary>
    public sealed record Format(string Label, string ContentType, IReadOnlyList<string> Extensions, Func<byte[], bool> Matches);

    private const string OpenXml = "application/vnd.openxmlformats-officedocument.";
    private const string OpenDocument = "application/vnd.oasis.opendocument.";

    public static readonly IReadOnlyList<Format> All =
    [
        new("PDF", "application/pdf", [".pdf"], b => StartsWith(b, "%PDF-"u8)),
        new("ODT", OpenDocument + "text", [".odt"], b => IsOpenDocument(b, OpenDocument + "text")),
        new("ODS", OpenDocument + "spreadsheet", [".ods"], b => IsOpenDocument(b, OpenDocument + "spreadsheet")),
        new("ODP", OpenDocument + "presentation", [".odp"], b => IsOpenDocument(b, OpenDocument + "presentation")),
        new("DOCX", OpenXml + "wordprocessingml.document", [".docx"], b => IsOpenXml(b, "word/document.xml")),
        new("XLSX", OpenXml + "spreadsheetml.sheet", [".xlsx"], b => IsOpenXml(b, "xl/workbook.xml")),
        new("PPTX", OpenXml + "presentationml.presentation", [".pptx"], b => IsOpenXml(b, "ppt/presentation.xml")),
        new("PNG", "image/png", [".png"], b => StartsWith(b, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])),
        new("JPEG", "image/jpeg", [".jpg", ".jpeg"], b => StartsWith(b, [0xFF, 0xD8, 0xFF])),
        new("TXT", "text/plain; charset=utf-8", [".txt"], IsText),
        new("CSV", "text/csv; charset=utf-8", [".csv"], IsText),
    ];

    /// <summary>The extensions accepted, for a file picker's <c>accept</c> attribute and messages.</summary>
    public static string Extensions => string.Join(",", All.SelectMany(f => f.Extensions));

    /// <summary>The format a file name announces by its extension, or null when it is not accepted.</summary>
    public static Format? ForName(string fileName)
    {
        var extension = Path.GetExtension(fileName);
        return All.FirstOrDefault(f => f.Extensions.Contains(extension, StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>The format of a stored content type (for labels), or null.</summary>
    public static Format? ForContentType(string contentType) => All.FirstOrDefault(f => f.ContentType == contentType);

    /// <summary>
    /// The last segment of a client's file name (both <c>/</c> and <c>\</c> separate folders), without
    /// control, formatting (e.g. bidirectional overrides) or reserved characters, with spaces
    /// collapsed, shortened to <paramref name="maxLength"/> keeping the extension; "document" when nothing is left.
    /// </summary>
    public static string SafeFileName(string? fileName, int maxLength)
    {
        var name = (fileName ?? "").Replace('\\', '/');
        name = name[(name.LastIndexOf('/') + 1)..];
        var kept = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            var category = char.GetUnicodeCategory(c);
            if (char.IsWhiteSpace(c))
            {
                kept.Append(' ');
            }
            else if (!char.IsControl(c) && category is not (System.Globalization.UnicodeCategory.Format or System.Globalization.UnicodeCategory.Surrogate)
                && !"<>:\"|?*".Contains(c))
            {
                kept.Append(c);
            }
        }
        name = string.Join(' ', kept.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries)).Trim('.', ' ');
        var extension = Path.GetExtension(name);
        var stem = Path.GetFileNameWithoutExtension(name).Trim('.', ' ');
        if (stem.Length == 0)
        {
            stem = "document";
        }
        if (extension.Length > 16)
        {
            extension = "";
        }
        if (stem.Length + extension.Length > maxLength)
        {
            stem = stem[..(maxLength - extension.Length)].TrimEnd('.', ' ');
        }
        return stem + extension;
    }

    private static bool StartsWith(byte[] content, ReadOnlySpan<byte> signature) => content.AsSpan().StartsWith(signature);

    /// <summary>UTF-8 (with or without a byte order mark) and no NUL: binary data is not text.</summary>
    private static bool IsText(byte[] content) => Utf8.IsValid(content) && !content.AsSpan().Contains((byte)0);

    /// <summary>An OpenDocument file: a zip whose <c>mimetype</c> entry names the expected type.</summary>
    private static bool IsOpenDocument(byte[] content, string mimeType) =>
        ReadZip(content, zip =>
        {
            var entry = zip.GetEntry("mimetype");
            if (entry is null || entry.Length > 200)
            {
                return false;
            }
            using var reader = new StreamReader(entry.Open(), Encoding.ASCII);
            return reader.ReadToEnd().Trim() == mimeType;
        });

    /// <summary>An Office Open XML file: a zip with its content types and the main part of the expected application.</summary>
    private static bool IsOpenXml(byte[] content, string mainPart) =>
        ReadZip(content, zip => zip.GetEntry("[Content_Types].xml") is not null && zip.GetEntry(mainPart) is not null);

    private static bool ReadZip(byte[] content, Func<ZipArchive, bool> check)
    {
        if (!StartsWith(content, "PK\u0003\u0004"u8))
        {
            return false;
        }
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            return check(zip);
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }
}
