using Coprod.Web.Components.Layout;

namespace Coprod.UnitTests.Components;

public sealed class PartnershipUrlTests
{
    [Fact]
    public void Parse_PartnershipPage_GivesItsId()
    {
        var id = Guid.NewGuid();
        Assert.Equal(id, PartnershipUrl.Parse($"p/{id}/territoire?x=1"));
        Assert.Equal(id, PartnershipUrl.Parse(PartnershipUrl.Home(id)[1..]));
    }

    [Theory]
    [InlineData("")]
    [InlineData("admin")]
    [InlineData("p/not-a-guid")]
    [InlineData("compte/connexion")]
    public void Parse_OtherPages_GivesNull(string path) => Assert.Null(PartnershipUrl.Parse(path));
}
