using System.IO.Compression;
using System.Net.Http.Headers;
using System.Text;

namespace Coprod.IntegrationTests.Modules.Governance;

/// <summary>Small files of each kind a meeting accepts, built in memory, and the multipart form that uploads one.</summary>
public static class SampleDocuments
{
    public static byte[] Pdf(int padding = 0) =>
        Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n" + new string(' ', padding) + "trailer << /Root 1 0 R >>\n%%EOF\n");

    public static byte[] Docx() => Zip(("[Content_Types].xml", "<Types/>"), ("word/document.xml", "<w:document/>"));

    public static byte[] Odt() => Zip(("mimetype", "application/vnd.oasis.opendocument.text"), ("content.xml", "<office:document-content/>"));

    public static byte[] Png() => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];

    public static byte[] Csv() => Encoding.UTF8.GetBytes("action;échéance\nbancs;2027-03-31\n");

    /// <summary>The form the API takes: <c>file</c>, <c>title</c> and, when given, <c>privacyOverride.reason</c>.</summary>
    public static MultipartFormDataContent Form(byte[] bytes, string fileName, string? title = "Diaporama de la séance", string? reason = null)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", fileName);
        if (title is not null)
        {
            form.Add(new StringContent(title), "title");
        }
        if (reason is not null)
        {
            form.Add(new StringContent(reason), "privacyOverride.reason");
        }
        return form;
    }

    private static byte[] Zip(params (string Name, string Text)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name, CompressionLevel.NoCompression).Open(), new UTF8Encoding(false));
                writer.Write(text);
            }
        }
        return buffer.ToArray();
    }
}
