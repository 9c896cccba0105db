using Coprod.Web.Platform.Auth.Account;

namespace Coprod.UnitTests.Platform.Auth;

public sealed class AuthenticatorUriTests
{
    [Fact]
    public void For_Account_GivesKeyUriWithIssuerAndSixDigits() =>
        Assert.Equal("otpauth://totp/Coprod:marie.dupont%40mairie.fr?secret=JBSWY3DPEHPK3PXP&issuer=Coprod&digits=6",
            AuthenticatorUri.For("marie.dupont@mairie.fr", "JBSWY3DPEHPK3PXP"));

    [Theory]
    [InlineData("JBSWY3DPEHPK3PXP", "jbsw y3dp ehpk 3pxp")]
    [InlineData("JBSWY3DPEHPK3PXPQ", "jbsw y3dp ehpk 3pxp q")]
    [InlineData("ABC", "abc")]
    [InlineData("", "")]
    public void FormatKey_Key_GroupsByFourInLowerCase(string key, string expected) => Assert.Equal(expected, AuthenticatorUri.FormatKey(key));

    [Theory]
    [InlineData("123 456", "123456")]
    [InlineData(" 123-456 ", "123456")]
    public void NormalizeCode_TypedCode_DropsSpacesAndDashes(string typed, string expected) => Assert.Equal(expected, AuthenticatorUri.NormalizeCode(typed));
}
