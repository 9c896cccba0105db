using Coprod.Web.Modules.Privacy.Domain;

namespace Coprod.UnitTests.Modules.Privacy;

/// <summary>The scanner on the cases PRIV-1 names: what must be found, and the traps that must not.</summary>
public sealed class ScannerTests
{
    [Fact]
    public void IssueExample_FindsThePersonAndThePhoneOnly()
    {
        var text = "Le jeune Kevin Durand, 06 12 34 56 78, a été vu rue Victor Hugo près du collège Jean Moulin";

        var findings = TestScanner.Scan(text);

        Assert.Equal([(FindingKind.Person, "Kevin Durand"), (FindingKind.Phone, "06 12 34 56 78")], findings.Select(f => (f.Kind, f.Text)));
        Assert.Equal(9, findings[0].Start);
    }

    [Theory]
    [InlineData("Le jeune Kevin D. traîne au parc.", "Kevin D.")]
    [InlineData("Signalé par D. Martin, gardien.", "D. Martin")]
    [InlineData("Appel de Mme Fatima Benali ce matin.", "Mme Fatima Benali")]
    [InlineData("Reçu M. et Mme Boukhari au local.", "M. et Mme Boukhari")]
    [InlineData("Contrôle de DURAND Kevin à 22h.", "DURAND Kevin")]
    [InlineData("Appelé par MME LEROUX pour un feu de cave.", "MME LEROUX")]
    [InlineData("Yanis nous a insultés.", "Yanis")]
    [InlineData("Les frères Haddad étaient là.", "Haddad")]
    [InlineData("Décision : courrier à la famille Benchikh.", "Benchikh")]
    [InlineData("Marie Curie, 43 ans, locataire, signale des menaces.", "Marie Curie")]
    [InlineData("Contact pris avec Victor Hugo Da Costa, gérant du snack.", "Victor Hugo Da Costa")]
    [InlineData("Le fils de Mme Jaurès a été témoin.", "Mme Jaurès")]
    [InlineData("Le président du club, Serge Pellegrin, propose des séances.", "Serge Pellegrin")]
    [InlineData("Intervention de Mme Céline Vidal sur le bilan.", "Mme Céline Vidal")]
    [InlineData("Interpellation de Mickaël Roux pour outrage.", "Mickaël Roux")]
    public void FindsThePerson(string text, string name)
    {
        var person = Assert.Single(TestScanner.Scan(text), f => f.Kind == FindingKind.Person);
        Assert.Equal(name, person.Text);
        Assert.Equal(text.IndexOf(name, StringComparison.Ordinal), person.Start);
    }

    [Theory]
    [InlineData("Rassemblement rue Victor Hugo, à l'angle de l'avenue Jean Jaurès.")]
    [InlineData("Tags sur le mur du collège Jean Moulin et de l'école Jules Ferry.")]
    [InlineData("La marche partira de la place Marie Curie vers le gymnase Pierre de Coubertin.")]
    [InlineData("Le centre social Romain Rolland ouvre le mardi ; arrêt de tram Hôtel de Ville.")]
    [InlineData("RAS sur le secteur Jean Jaurès / Paul Bert.")]
    [InlineData("Les communes d'Échirolles, de Saint-Martin-d'Hères et de Fontaine ont signé.")]
    [InlineData("Le conseil citoyen de la Villeneuve se réunit chaque lundi.")]
    [InlineData("Le maire, la préfète et le commissaire ont visité le quartier.")]
    [InlineData("Claire amélioration ce mois-ci. Rose et bleu sont les couleurs du tournoi.")]
    [InlineData("Mise en fourrière de la Clio, une Twingo aussi.")]
    [InlineData("En cas d'urgence, composer le 17, le 112 ou le 3919.")]
    [InlineData("La réunion du 14 mars a compté 23 participants.")]
    [InlineData("SAMEDI 12/10 : 1 VOITURE BRULEE AVENUE JEAN JAURES, POMPIERS APPELES.")]
    [InlineData("Carte Vitale retrouvée dans le hall, remise à la mairie.")]
    [InlineData("Le hall du 14 rue Victor Hugo était occupé vers 2 h.")]
    public void LeavesTheTrapsAlone(string text)
    {
        Assert.Empty(TestScanner.Scan(text));
    }

    [Theory]
    [InlineData("Elle habite au 12 rue des Lilas depuis mars.", "12 rue des Lilas")]
    [InlineData("Requérant : M. Hamidou Bathily, 4 rue Gustave Eiffel, bât. A, appt 12, conflit.", "4 rue Gustave Eiffel, bât. A, appt 12")]
    [InlineData("On l'a raccompagné chez lui au bât. C, appt 34.", "bât. C, appt 34")]
    [InlineData("J'habite 3 allée des Tilleuls, escalier B, j'ai peur.", "3 allée des Tilleuls, escalier B")]
    [InlineData("Tapage au 15 avenue de la République, 3e étage, à 23h.", "15 avenue de la République, 3e étage")]
    public void FindsTheHomeAddress(string text, string address)
    {
        Assert.Equal(address, Assert.Single(TestScanner.Scan(text), f => f.Kind == FindingKind.Address).Text);
    }

    [Theory]
    [InlineData("Théo, né le 08/06/2009, absentéisme.", "08/06/2009")]
    [InlineData("Verbalisation, née le 23 juillet 2007.", "23 juillet 2007")]
    [InlineData("Interpellé (né 03.12.2005) sans permis.", "03.12.2005")]
    [InlineData("Date de naissance : 14/05/2011.", "14/05/2011")]
    public void FindsTheBirthDateButNotEventDates(string text, string date)
    {
        Assert.Equal(date, Assert.Single(TestScanner.Scan(text), f => f.Kind == FindingKind.Birthdate).Text);
        Assert.DoesNotContain(TestScanner.Scan("Réunion le 08/06/2009 et le 23 juillet 2007."), f => f.Kind == FindingKind.Birthdate);
    }

    [Fact]
    public void Findings_AreOrderedAndNeverOverlap()
    {
        var text = string.Join(' ', CorpusReader.Read().Select(s => s.Text));

        var findings = TestScanner.Scan(text);

        Assert.All(findings.Zip(findings.Skip(1)), p => Assert.True(p.First.Start + p.First.Length <= p.Second.Start));
        Assert.All(findings, f => Assert.Equal(f.Text, text.Substring(f.Start, f.Length)));
    }

    [Fact]
    public void EmptyAndOddTexts_AreFine()
    {
        Assert.Empty(TestScanner.Scan(""));
        Assert.Empty(TestScanner.Scan("   \n\t "));
        Assert.Empty(TestScanner.Scan("M."));
        Assert.Empty(TestScanner.Scan("'-'- l' d' Mme"));
        Assert.Throws<ArgumentNullException>(() => TestScanner.Scan(null!));
    }
}
