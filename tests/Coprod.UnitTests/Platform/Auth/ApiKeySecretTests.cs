using System.Security.Cryptography;
using System.Text;
using Coprod.Web.Platform.Auth.ApiKeys;
using Microsoft.AspNetCore.Http;

namespace Coprod.UnitTests.Platform.Auth;

/// <summary>EVT-4: API key secrets and how a request carries one.</summary>
public sealed class ApiKeySecretTests
{
    [Fact]
    public void Create_Gives32RandomBytesInBase64Url_ItsPrefix_AndItsSha256()
    {
        var (secret, prefix, hash) = ApiKeySecret.Create();
        Assert.Matches("^[A-Za-z0-9_-]{43}$", secret);
        Assert.Equal(secret[..ApiKeySecret.PrefixLength], prefix);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret))), hash);
        Assert.NotEqual(secret, ApiKeySecret.Create().Secret);
    }

    [Theory]
    [InlineData("Authorization", "ApiKey abc", "abc")]
    [InlineData("Authorization", "apikey  abc ", "abc")]
    [InlineData("X-Api-Key", "abc", "abc")]
    [InlineData("Authorization", "Bearer abc", null)]
    public void SecretOf_ReadsEitherHeader_AndIgnoresBearerTokens(string header, string value, string? expected)
    {
        var http = new DefaultHttpContext();
        http.Request.Headers[header] = value;
        Assert.Equal(expected, ApiKeyAuthentication.SecretOf(http.Request));
    }
}
