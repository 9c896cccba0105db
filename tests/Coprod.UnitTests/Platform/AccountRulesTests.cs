using Coprod.Web.Platform.Auth;

namespace Coprod.UnitTests.Platform;

public sealed class AccountRulesTests
{
    [Theory]
    [InlineData("coordination@demo.coprod.fr", true)]
    [InlineData("prenom.nom@mairie-echirolles.fr", true)]
    [InlineData("", false)]
    [InlineData("pas une adresse", false)]
    [InlineData("Nom <a@b.fr>", false)]
    [InlineData(null, false)]
    public void IsEmail_AcceptsOnlyBareAddresses(string? value, bool expected) => Assert.Equal(expected, AccountRules.IsEmail(value));
}
