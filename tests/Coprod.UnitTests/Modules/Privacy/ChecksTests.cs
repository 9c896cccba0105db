using Coprod.Web.Modules.Privacy.Domain;

namespace Coprod.UnitTests.Modules.Privacy;

public sealed class ChecksTests
{
    [Theory]
    [InlineData("185057800608491", true)]
    [InlineData("1 85 05 78 006 084 91", true)]
    [InlineData("2 90 02 2A 018 123 69", true)]
    [InlineData("185057800608492", false)]
    [InlineData("185157800608491", false)]
    [InlineData("18505780060849", false)]
    public void IsValidNir_ChecksTheKey(string nir, bool valid) => Assert.Equal(valid, Checks.IsValidNir(nir));

    [Theory]
    [InlineData("FR76 3000 6000 0112 3456 7890 189", true)]
    [InlineData("FR7630006000011234567890189", true)]
    [InlineData("FR7630006000011234567890188", false)]
    [InlineData("FR76", false)]
    public void IsValidIban_ChecksModulo97(string iban, bool valid) => Assert.Equal(valid, Checks.IsValidIban(iban));
}
