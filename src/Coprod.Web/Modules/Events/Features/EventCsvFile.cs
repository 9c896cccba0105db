using System.Text.Unicode;
using Coprod.Web.Modules.Directory.Features;
using CsvHelper;

namespace Coprod.Web.Modules.Events.Features;

/// <summary>
/// Reads an events CSV file (EVT-4) with CsvHelper: UTF-8 with or without a BOM, the separator
/// detected (« ; » from French Excel, « , », tab), RFC 4180 quoted fields (a description may hold
/// separators, quotes and line breaks). Each row keeps the line it starts on. Malformed quoting —
/// an unclosed quote would otherwise swallow the rest of the file — is an error with its line.
/// </summary>
public static class EventCsvFile
{
    /// <summary>One data row: the line where it starts, its cells by column (see <see cref="EventCsvColumns"/>), and whether it had more cells than the header.</summary>
    public sealed record Row(int Line, IReadOnlyDictionary<string, string> Cells, bool TooManyCells);

    /// <summary>The rows, the header's columns that are not read, or a file-level error: its message key, arguments.</summary>
    public sealed record Sheet(IReadOnlyList<Row> Rows, IReadOnlyList<string> IgnoredColumns, char Separator, string? Error = null, object[]? ErrorArguments = null);

    public static Sheet Read(byte[] bytes)
    {
        if (bytes.Length == 0)
        {
            return Fail("Import_FileEmpty");
        }
        if (!Utf8.IsValid(bytes))
        {
            return Fail("Import_FileNotUtf8");
        }
        var options = new CsvReaderOptions
        {
            TrackLineNumbers = true,
            MalformedData = CsvMalformedDataHandling.Throw,
            TrimWhitespace = true,
            MaxRecordSize = 64 * 1024,
        };
        using var reader = CsvReader.Create(bytes, options);
        try
        {
            var header = reader.Headers.Select(Column).ToList();
            var missing = EventCsvColumns.Required.Where(c => !header.Contains(c)).ToList();
            if (header.Count == 0 || missing.Count > 0)
            {
                return Fail("Import_ColumnsMissing", string.Join(", ", missing.Count > 0 ? missing : EventCsvColumns.Required), string.Join(";", EventCsvColumns.Import));
            }
            var ignored = reader.Headers.Where((_, i) => !EventCsvColumns.Import.Contains(header[i])).ToList();
            var rows = new List<Row>();
            while (reader.Read())
            {
                if (rows.Count == Domain.EventLimits.Batch)
                {
                    return Fail("Import_TooManyRows", Domain.EventLimits.Batch);
                }
                var cells = new Dictionary<string, string>(StringComparer.Ordinal);
                for (var i = 0; i < header.Count && i < reader.FieldCount; i++)
                {
                    cells.TryAdd(header[i], reader.GetString(i));
                }
                if (cells.Values.Any(v => v.Length > 0) || reader.FieldCount > header.Count)
                {
                    rows.Add(new Row((int)reader.LineNumber, cells, reader.FieldCount > header.Count));
                }
            }
            return rows.Count == 0 ? Fail("Import_FileEmpty") : new Sheet(rows, ignored, reader.Separator);
        }
        catch (CsvFormatException e)
        {
            return Fail("Import_FileMalformed", e.LineNumber);
        }
    }

    /// <summary>A header as compared: « Catégorie » and « CATEGORIE » are <c>categorie</c>; the API's names map to the French ones.</summary>
    public static string Column(string header)
    {
        var key = DirectoryFile.Key(header);
        return EventCsvColumns.Aliases.GetValueOrDefault(key, key);
    }

    private static Sheet Fail(string error, params object[] arguments) => new([], [], ';', error, arguments);
}
