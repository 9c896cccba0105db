using Coprod.Web.Modules.Privacy.Domain;

namespace Coprod.UnitTests.Modules.Privacy;

public sealed class StructuredDetectorsTests
{
    private static (FindingKind Kind, string Text)[] Find(string text) => StructuredDetectors.Find(text).Select(f => (f.Kind, f.Text)).ToArray();

    [Theory]
    [InlineData("Appeler le 06 12 34 56 78 demain.", "06 12 34 56 78")]
    [InlineData("Tél. 06.12.34.56.78", "06.12.34.56.78")]
    [InlineData("joignable au 0612345678", "0612345678")]
    [InlineData("son portable +33 6 12 34 56 78 ne répond pas", "+33 6 12 34 56 78")]
    [InlineData("numéro +33612345678.", "+33612345678")]
    [InlineData("fixe 0033 4 76 12 34 56", "0033 4 76 12 34 56")]
    [InlineData("fixe (+33 (0)4 76 76 36 36)", "+33 (0)4 76 76 36 36")]
    [InlineData("le 04-76-12-34-56 sonne", "04-76-12-34-56")]
    public void Phone_FrenchFormats_AreFound(string text, string phone) => Assert.Equal([(FindingKind.Phone, phone)], Find(text));

    [Theory]
    [InlineData("Appel au 17 puis au 112, orientation vers le 3919.")]
    [InlineData("12 véhicules incendiés entre 22 h et 02 h, 3 interpellations.")]
    [InlineData("Réunion du 14/03/2025 à 18h30, 45 participants.")]
    [InlineData("Budget 2025 : 120 000 euros, dont 35 000 du FIPD.")]
    public void NotPersonalData_IsNotFlagged(string text) => Assert.Empty(Find(text));

    [Fact]
    public void Email_IsFound() =>
        Assert.Equal([(FindingKind.Email, "k.durand@exemple.fr")], Find("Écrire à k.durand@exemple.fr pour le suivi."));

    [Theory]
    [InlineData("Scooter AB-123-CD aperçu", "AB-123-CD")]
    [InlineData("véhicule immatriculé AB 123 CD", "AB 123 CD")]
    [InlineData("vieille 205 immatriculée 1234 AB 38 brûlée", "1234 AB 38")]
    public void Plate_SivAndFni_AreFound(string text, string plate) => Assert.Equal([(FindingKind.Plate, plate)], Find(text));

    [Fact]
    public void Plate_SivWithForbiddenLetters_IsNotFlagged() => Assert.Empty(Find("code OU-123-IO"));

    [Theory]
    [InlineData("NIR 1 85 05 78 006 084 91 au dossier", "1 85 05 78 006 084 91")]
    [InlineData("n° 185057800608491.", "185057800608491")]
    [InlineData("sécu 2 90 02 2A 018 123 69", "2 90 02 2A 018 123 69")]
    public void Nir_WithAValidKey_IsFound(string text, string nir) => Assert.Equal([(FindingKind.Nir, nir)], Find(text));

    [Fact]
    public void Nir_WithAWrongKey_IsNotFlagged() => Assert.DoesNotContain(Find("référence 1 85 05 78 006 084 92"), f => f.Kind == FindingKind.Nir);

    [Theory]
    [InlineData("RIB : FR76 3000 6000 0112 3456 7890 189", "FR76 3000 6000 0112 3456 7890 189")]
    [InlineData("iban FR7630006000011234567890189 à rembourser", "FR7630006000011234567890189")]
    public void Iban_WithAValidCheck_IsFound(string text, string iban) => Assert.Equal([(FindingKind.Iban, iban)], Find(text));

    [Fact]
    public void Iban_WithAWrongCheck_IsNotFlagged() => Assert.DoesNotContain(Find("FR76 3000 6000 0112 3456 7890 188"), f => f.Kind == FindingKind.Iban);

    [Fact]
    public void Findings_CarryExactOffsets()
    {
        const string text = "Le jeune, 06 12 34 56 78, écrit à a@b.fr.";
        foreach (var finding in StructuredDetectors.Find(text))
        {
            Assert.Equal(finding.Text, text.Substring(finding.Start, finding.Length));
        }
        Assert.Equal(2, StructuredDetectors.Find(text).Count);
    }

    [Theory]
    [InlineData("L'accueil de la mairie reste joignable au 01 99 00 40 00 du lundi au vendredi.")]
    [InlineData("Standard de l'hôtel de ville : 04 76 76 36 36.")]
    public void PublicSwitchboard_IsNotFlagged(string text) => Assert.Empty(Find(text));

    [Fact]
    public void MobileNextToTheWordAccueil_IsStillFlagged() =>
        Assert.Single(Find("À l'accueil, la dame a laissé son portable 06 12 34 56 78."));
}
