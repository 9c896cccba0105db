using System.Text;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using Coprod.Web.Modules.Privacy.Domain;
using Coprod.Web.Modules.Territory.Data;

namespace Coprod.Bench.Privacy;

/// <summary>
/// Throughput of the personal-data scanner (PRIV-1) on French report text of 2,000 characters (a
/// keystroke batch) and of 1 MB (a bulk import): the fixed-shape detectors alone
/// (<see cref="StructuredDetectors.Find"/>) and the whole scanner (names, addresses and birth
/// dates too), against the cheapest possible scan of the same text: one compiled regex pass
/// looking for two digits in a row. PRIV-1 asks for at least 1 MB/s per core: the Mean of the
/// 1 MB row is the time per megabyte on one core.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 5)]
public partial class PrivacyScanBenchmarks
{
    private PersonalDataScanner _scanner = null!;
    private string _text = "";

    [Params(2_000, 1_000_000)]
    public int Characters { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _scanner = new PersonalDataScanner(new EmbeddedGeography());
        _text = ReportText.Build(Characters);
        Console.WriteLine($"// {_text.Length} characters, {_scanner.Scan(_text).Count} findings");
    }

    [Benchmark(Baseline = true)]
    public int OneRegexPass() => TwoDigits().Count(_text);

    [Benchmark]
    public int StructuredFind() => StructuredDetectors.Find(_text).Count;

    [Benchmark]
    public int FullScan() => _scanner.Scan(_text).Count;

    [GeneratedRegex(@"\d\d", RegexOptions.CultureInvariant)]
    private static partial Regex TwoDigits();
}

/// <summary>French report text of a given length, mixing traps (people-named streets, schools) and personal data.</summary>
public static class ReportText
{
    private static readonly string[] Sentences =
    [
        "Vers 2 h, regroupement d'une quinzaine de jeunes dans le hall du 12, montée C, musique forte et tags. ",
        "Rodéo urbain avenue Jean Jaurès entre 22h30 et 23h, deux motos sans plaque, appel au 17. ",
        "Le médiateur a rencontré la principale du collège Jean Moulin au sujet de l'absentéisme. ",
        "Scooter AB-123-CD incendié derrière le gymnase Pierre de Coubertin, pompiers sur place. ",
        "La gardienne signale une porte de cave forcée, contact bailleur au 04 76 12 34 56. ",
        "Réunion du groupe thématique le 14 mars : 9 institutions présentes sur 14. ",
        "Le jeune Kevin D. a été vu avec Yanis près du square Léon Blum, sa mère habite au 8 allée des Tilleuls. ",
        "Un habitant écrit à contact@exemple.fr pour signaler des nuisances nocturnes place Marie Curie. ",
        "Mme Fatima Benali, née le 12/03/1980, signale que son fils ne rentre plus le soir. ",
        "Calme sur le quartier Mistral, présence des correspondants de nuit jusqu'à 1 h. ",
    ];

    public static string Build(int characters)
    {
        var builder = new StringBuilder(characters + 200);
        for (var i = 0; builder.Length < characters; i++)
        {
            builder.Append(Sentences[i % Sentences.Length]);
        }
        return builder.ToString(0, characters);
    }
}
