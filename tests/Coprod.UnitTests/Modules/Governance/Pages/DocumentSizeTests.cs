using Coprod.Web.Modules.Governance;
using Coprod.Web.Modules.Governance.Pages;

namespace Coprod.UnitTests.Modules.Governance.Pages;

public sealed class DocumentSizeTests
{
    [Theory]
    [InlineData(850, "850 octets")]
    [InlineData(13_000, "13 Ko")]
    [InlineData(1_468_006, "1,4 Mo")]
    [InlineData(10 * 1024 * 1024, "10 Mo")]
    public void Format_InFrench_UsesFrenchUnitsAndDecimalComma(long bytes, string expected) =>
        Assert.Equal(expected, DocumentSize.Format(bytes, Localized.In<GovernanceText>()));

    [Fact]
    public void Format_InEnglish_UsesEnglishUnits() =>
        Assert.Equal("1.4 MB", DocumentSize.Format(1_468_006, Localized.In<GovernanceText>("en-GB")));
}
