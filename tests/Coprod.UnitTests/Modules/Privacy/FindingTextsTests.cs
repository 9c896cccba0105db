using System.Text.Json;
using Coprod.Web.Modules.Privacy;
using Coprod.Web.Modules.Privacy.Domain;

namespace Coprod.UnitTests.Modules.Privacy;

public sealed class FindingTextsTests
{
    public static TheoryData<FindingKind> Kinds => [.. Enum.GetValues<FindingKind>()];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void EveryKind_HasALabelAndAdviceInFrenchAndEnglish(FindingKind kind)
    {
        foreach (var culture in new[] { "fr-FR", "en-GB" })
        {
            var t = PrivacyTexts.In(culture);
            Assert.False(t[$"Kind_{kind}"].ResourceNotFound, $"{culture}: Kind_{kind}");
            Assert.False(t[$"Advice_{kind}"].ResourceNotFound, $"{culture}: Advice_{kind}");
        }
    }

    [Fact]
    public void Labels_AreTheFrenchNamesOfTheKinds()
    {
        var t = PrivacyTexts.In();
        Assert.Equal(
            ["nom de personne", "numéro de téléphone", "adresse e-mail", "plaque d'immatriculation", "adresse précise", "date de naissance", "numéro de sécurité sociale", "IBAN"],
            new[] { FindingKind.Person, FindingKind.Phone, FindingKind.Email, FindingKind.Plate, FindingKind.Address, FindingKind.Birthdate, FindingKind.Nir, FindingKind.Iban }
                .Select(k => t.Label(k)));
    }

    [Fact]
    public void WireNames_AreLowercase_AndTheJsonConverterWritesThem()
    {
        Assert.Equal(["person", "phone", "email", "plate", "address", "birthdate", "nir", "iban"], Enum.GetValues<FindingKind>().Select(k => k.WireName()));
        var json = JsonSerializer.Serialize(new FieldFinding("name", FindingKind.Birthdate, 0, 1, "x", "l", "a"));
        Assert.Contains("\"Kind\":\"birthdate\"", json, StringComparison.Ordinal);
    }
}
