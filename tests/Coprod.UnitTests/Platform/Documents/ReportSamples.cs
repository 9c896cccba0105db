using Coprod.Web.Platform.Documents;

namespace Coprod.UnitTests.Platform.Documents;

/// <summary>A yearly-review-like document with every kind of block, French accents and a table long enough to run over a page.</summary>
internal static class ReportSamples
{
    public static ReportDocument Review() => new("Bilan annuel 2026", "Stratégie territoriale de sécurité — Échirolles",
    [
        new ReportHeading(1, "Synthèse du contrat"),
        new ReportParagraph("Neuf fiches adoptées sur douze ; trois restent à préciser.\nLes engagements tenus à temps : 62 %."),
        new ReportBullets(["Fiche n° 7 : halls d'immeubles", "Fiche n° 8 : rodéos motorisés"]),
        new ReportHeading(2, "Engagements par partenaire"),
        new ReportTable(["Partenaire", "Tenus à temps", "En retard"],
            [.. Enumerable.Range(1, 80).Select(i => (IReadOnlyList<string>)[$"Institution n° {i}", $"{i % 5}", $"{i % 3}"])]),
        new ReportBarChart("Avancement des indicateurs de résultat", [new ReportBar("Exclusions au collège", 0.55, 0.63, "55 % (attendu 63 %)"),
            new ReportBar("Rodéos signalés", 0, 0.63, "-30 %")]),
        new ReportParagraph("Fin du bilan."),
    ]);
}
