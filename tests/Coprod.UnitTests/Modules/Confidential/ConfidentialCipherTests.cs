using System.Security.Cryptography;
using Coprod.Web.Modules.Confidential.Domain;
using Coprod.Web.Modules.Confidential.Protection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Options;

namespace Coprod.UnitTests.Modules.Confidential;

public sealed class ConfidentialCipherTests : IDisposable
{
    private readonly string _keys = Path.Combine(Path.GetTempPath(), "coprod-cipher-tests", Guid.NewGuid().ToString("N"));

    private ConfidentialCipher Cipher(string? keys = null, string environment = "Testing") =>
        new(Options.Create(new ConfidentialOptions { KeysPath = keys ?? _keys }), new HostingEnvironment { EnvironmentName = environment });

    private static readonly CaseRecord Record = new([new CasePerson(PersonRole.Followed, "Martin", "Léa", new DateOnly(2011, 3, 14), null)], SchoolOrWork.MiddleSchool, null);

    [Fact]
    public void Sealed_Record_OpensForItsCase_AndShowsNoNameInClear()
    {
        var caseId = Guid.NewGuid();
        var sealedText = Cipher().Seal(caseId, Record);

        Assert.DoesNotContain("Martin", sealedText);
        Assert.Equal("Léa", Cipher().Open<CaseRecord>(caseId, sealedText).Persons[0].FirstName);
    }

    [Fact]
    public void Sealed_ForOneCase_DoesNotOpenForAnother()
    {
        var sealedText = Cipher().Seal(Guid.NewGuid(), Record);

        Assert.ThrowsAny<CryptographicException>(() => Cipher().Open<CaseRecord>(Guid.NewGuid(), sealedText));
    }

    [Fact]
    public void Sealed_WithAnotherKeyRing_DoesNotOpen()
    {
        var caseId = Guid.NewGuid();
        var sealedText = Cipher().Seal(caseId, Record);
        var otherKeys = _keys + "-other";

        Assert.ThrowsAny<CryptographicException>(() => Cipher(otherKeys).Open<CaseRecord>(caseId, sealedText));
        Directory.Delete(otherKeys, recursive: true);
    }

    [Fact]
    public void Reseal_WithTheKeyInForce_HasNothingToDo()
    {
        var caseId = Guid.NewGuid();

        Assert.Null(Cipher().Reseal(caseId, Cipher().Seal(caseId, Record)));
    }

    [Fact]
    public void Production_WithoutKeysPath_RefusesToStart()
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            new ConfidentialCipher(Options.Create(new ConfidentialOptions()), new HostingEnvironment { EnvironmentName = Environments.Production }));

        Assert.Contains("Confidential:KeysPath", error.Message);
    }

    public void Dispose()
    {
        if (Directory.Exists(_keys))
        {
            Directory.Delete(_keys, recursive: true);
        }
    }
}
