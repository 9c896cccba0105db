using System.Globalization;
using System.Text;
using Coprod.Web.Modules.Territory.Domain;
using MiniExcelLibs;
using MiniExcelLibs.Csv;

namespace Coprod.Web.Modules.Directory.Features;

/// <summary>
/// Reads a directory import file into rows of named cells with MiniExcel: CSV (semicolon, comma
/// or tab, as French spreadsheets write it, UTF-8) or XLSX (first sheet). Header
/// names are compared without case, accents or punctuation ("Prénom", "prenom", "PRÉNOM").
/// </summary>
public static class DirectoryFile
{
    public const int MaxBytes = 5 * 1024 * 1024;
    public const int MaxRows = 5_000;

    public sealed record Sheet(IReadOnlyList<IReadOnlyDictionary<string, string>> Rows, string? Error);

    public static async Task<Sheet> ReadAsync(Stream body, string? fileNameOrType, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        await body.CopyToAsync(buffer, ct);
        if (buffer.Length == 0)
        {
            return new Sheet([], "empty");
        }
        buffer.Position = 0;
        try
        {
            var rows = IsXlsx(buffer, fileNameOrType) ? ReadXlsx(buffer) : ReadCsv(buffer);
            return rows.Count > MaxRows ? new Sheet([], "tooMany") : new Sheet(rows, rows.Count == 0 ? "empty" : null);
        }
        catch (Exception e) when (e is InvalidDataException or InvalidOperationException or NotSupportedException or FormatException or IOException or ArgumentException)
        {
            return new Sheet([], "unreadable");
        }
    }

    /// <summary>A header or cell key as compared: lower case, no accents, letters and digits only.</summary>
    public static string Key(string header) => SearchText.Normalize(header).Replace(" ", "", StringComparison.Ordinal);

    // An XLSX file is a ZIP archive: it starts with "PK".
    private static bool IsXlsx(MemoryStream buffer, string? nameOrType)
    {
        var bytes = buffer.GetBuffer();
        return buffer.Length > 2 && bytes[0] == (byte)'P' && bytes[1] == (byte)'K'
            || nameOrType?.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) == true
            || nameOrType?.Contains("spreadsheetml", StringComparison.OrdinalIgnoreCase) == true;
    }

    private static List<IReadOnlyDictionary<string, string>> ReadCsv(MemoryStream buffer)
    {
        var separator = Separator(buffer);
        return Rows(MiniExcel.Query(buffer, useHeaderRow: true, excelType: ExcelType.CSV, configuration: new CsvConfiguration { Seperator = separator }));
    }

    // The character the header line uses most among « ; », « , » and tab.
    private static char Separator(MemoryStream buffer)
    {
        using var reader = new StreamReader(buffer, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        var header = reader.ReadLine() ?? "";
        buffer.Position = 0;
        return new[] { ';', ',', '\t' }.OrderByDescending(c => header.Count(h => h == c)).First();
    }

    private static List<IReadOnlyDictionary<string, string>> ReadXlsx(MemoryStream buffer) =>
        Rows(MiniExcel.Query(buffer, useHeaderRow: true, excelType: ExcelType.XLSX));

    private static List<IReadOnlyDictionary<string, string>> Rows(IEnumerable<dynamic> query)
    {
        var rows = new List<IReadOnlyDictionary<string, string>>();
        foreach (IDictionary<string, object?> cells in query)
        {
            var row = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (header, value) in cells)
            {
                row[Key(header)] = Cell(value);
            }
            if (row.Values.Any(v => v.Length > 0))
            {
                rows.Add(row);
            }
            if (rows.Count > MaxRows)
            {
                break;
            }
        }
        return rows;
    }

    private static string Cell(object? value) => value switch
    {
        null => "",
        DateTime d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture).Trim(),
        _ => value.ToString()?.Trim() ?? "",
    };
}
