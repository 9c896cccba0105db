using Coprod.Web.Platform.Problems;

namespace Coprod.UnitTests.Platform;

public sealed class ValidationTests
{
    [Fact]
    public void Check_CollectsEveryFailedFieldWithItsMessages()
    {
        var v = new Validation().Check(false, "name", "Requis.").Check(true, "type", "x").Check(false, "name", "Trop long.");
        Assert.False(v.IsValid);
        Assert.Equal(["Requis.", "Trop long."], v.Errors["name"]);
        Assert.False(v.Errors.ContainsKey("type"));
    }
}
