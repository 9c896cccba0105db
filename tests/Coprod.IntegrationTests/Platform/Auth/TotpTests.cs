using System.Text;
using Coprod.Tests.Shared;

namespace Coprod.IntegrationTests.Platform.Auth;

/// <summary>The test helper itself, against the RFC 6238 appendix B vectors (SHA-1, last six digits).</summary>
public sealed class TotpTests
{
    // Base32 of the ASCII secret "12345678901234567890".
    private const string RfcSecret = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    [Theory]
    [InlineData(59L, "287082")]
    [InlineData(1111111109L, "081804")]
    [InlineData(1234567890L, "005924")]
    [InlineData(2000000000L, "279037")]
    public void Code_RfcVector_MatchesPublishedValue(long unixSeconds, string expected) =>
        Assert.Equal(expected, Totp.Code(RfcSecret, DateTimeOffset.FromUnixTimeSeconds(unixSeconds)));

    [Fact]
    public void FromBase32_RfcSecret_GivesAsciiBytes() =>
        Assert.Equal("12345678901234567890", Encoding.ASCII.GetString(Totp.FromBase32(RfcSecret)));
}
