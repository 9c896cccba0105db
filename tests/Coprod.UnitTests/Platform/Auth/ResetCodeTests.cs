using Coprod.Web.Platform.Auth.Account;

namespace Coprod.UnitTests.Platform.Auth;

public sealed class ResetCodeTests
{
    [Fact]
    public void Encode_IdentityToken_IsUrlSafeAndDecodesBack()
    {
        const string token = "CfDJ8+abc/def==ghé";

        var code = ResetCode.Encode(token);

        Assert.DoesNotContain('+', code);
        Assert.DoesNotContain('/', code);
        Assert.DoesNotContain('=', code);
        Assert.Equal(token, ResetCode.Decode(code));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("a")]
    [InlineData("pas du base64 !")]
    public void Decode_DamagedCode_GivesNull(string? code) => Assert.Null(ResetCode.Decode(code));
}
