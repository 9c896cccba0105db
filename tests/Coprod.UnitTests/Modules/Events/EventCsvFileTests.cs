using System.Text;
using Coprod.Web.Modules.Events.Features;

namespace Coprod.UnitTests.Modules.Events;

/// <summary>EVT-4: reading an events CSV — separators, BOM, quoting, line numbers, and clear file errors.</summary>
public sealed class EventCsvFileTests
{
    private static EventCsvFile.Sheet Read(string text, bool bom = false) =>
        EventCsvFile.Read([.. (bom ? Encoding.UTF8.GetPreamble() : []), .. Encoding.UTF8.GetBytes(text)]);

    [Theory]
    [InlineData(';')]
    [InlineData(',')]
    public void Read_DetectsTheSeparator_AndKeepsTheLineOfEachRow(char separator)
    {
        var sheet = Read($"Catégorie{separator}DATE{separator}Gravité\nrodeo{separator}01/03/2026 10:00{separator}Grave\n\ntags{separator}01/03/2026 11:00{separator}Faible\n", bom: true);
        Assert.Null(sheet.Error);
        Assert.Equal(separator, sheet.Separator);
        Assert.Equal([2, 4], sheet.Rows.Select(r => r.Line));
        Assert.Equal("rodeo", sheet.Rows[0].Cells[EventCsvColumns.Category]);
        Assert.Equal("Faible", sheet.Rows[1].Cells[EventCsvColumns.Severity]);
    }

    [Fact]
    public void Read_AQuotedFieldWithSeparatorsQuotesAndLineBreaks_IsOneCell()
    {
        var sheet = Read("categorie;date;gravite;description\nrodeo;01/03/2026 10:00;Grave;\"a ; \"\"b\"\"\nc\"\ntags;01/03/2026 11:00;Faible;d\n");
        Assert.Equal("a ; \"b\"\nc", sheet.Rows[0].Cells[EventCsvColumns.Description]);
        Assert.Equal(4, sheet.Rows[1].Line);
    }

    [Fact]
    public void Read_UnknownColumns_AreIgnoredAndNamed_AndApiNamesAreAccepted()
    {
        var sheet = Read("category;occurredAt;severity;date_iso;Remarque\nrodeo;01/03/2026 10:00;Grave;x;y\n");
        Assert.Null(sheet.Error);
        Assert.Equal(["date_iso", "Remarque"], sheet.IgnoredColumns);
    }

    [Fact]
    public void Read_ARowWithMoreCellsThanColumns_IsFlagged()
    {
        var sheet = Read("categorie;date;gravite\nrodeo;01/03/2026 10:00;Grave;en trop\n");
        Assert.True(sheet.Rows[0].TooManyCells);
    }

    [Theory]
    [InlineData("", "Import_FileEmpty")]
    [InlineData("categorie;date;gravite\n", "Import_FileEmpty")]
    [InlineData("categorie;description\nrodeo;x\n", "Import_ColumnsMissing")]
    [InlineData("categorie;date;gravite\nrodeo;\"01/03/2026;Grave\nrodeo;01/03/2026 10:00;Grave\n", "Import_FileMalformed")]
    public void Read_AnUnreadableFile_SaysWhy(string text, string error) => Assert.Equal(error, Read(text).Error);

    [Fact]
    public void Read_AnUnclosedQuote_GivesTheLineWhereItStarts()
    {
        var sheet = Read("categorie;date;gravite\nrodeo;01/03/2026 10:00;Grave\nrodeo;\"01/03/2026;Grave\nrodeo;01/03/2026 10:00;Grave\n");
        Assert.Equal("Import_FileMalformed", sheet.Error);
        Assert.Equal(3L, sheet.ErrorArguments![0]);
    }

    [Fact]
    public void Read_ALatin1File_IsRefused() =>
        Assert.Equal("Import_FileNotUtf8", EventCsvFile.Read(Encoding.Latin1.GetBytes("categorie;date;gravite\nrodeo;01/03/2026 10:00;Très grave\n")).Error);
}
