using System.Text;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using Coprod.Web.Modules.Privacy.Domain;

namespace Coprod.Bench.Privacy;

/// <summary>
/// Cost of <see cref="StructuredDetectors.Find"/> (phones, e-mails, plates, NIR, IBAN) on French
/// report text of 2,000 characters (a keystroke batch) and of 1 MB (a bulk import), against the
/// cheapest possible scan of the same text: one compiled regex pass looking for two digits in a
/// row. PRIV-1 asks for at least 1 MB/s per core and under 5 ms for 2,000 characters; the Mean of
/// the 1 MB row is the time per megabyte.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 5)]
public partial class StructuredScanBenchmarks
{
    private static readonly string[] Sentences =
    [
        "Vers 2 h, regroupement d'une quinzaine de jeunes dans le hall du 12, montée C, musique forte et tags. ",
        "Rodéo urbain avenue Jean Jaurès entre 22h30 et 23h, deux motos sans plaque, appel au 17. ",
        "Le médiateur a rencontré la principale du collège Jean Moulin au sujet de l'absentéisme. ",
        "Scooter AB-123-CD incendié derrière le gymnase Pierre de Coubertin, pompiers sur place. ",
        "La gardienne signale une porte de cave forcée, contact bailleur au 04 76 12 34 56. ",
        "Réunion du groupe thématique le 14 mars : 9 institutions présentes sur 14. ",
        "Un habitant écrit à contact@exemple.fr pour signaler des nuisances nocturnes place Marie Curie. ",
        "Calme sur le quartier Mistral, présence des correspondants de nuit jusqu'à 1 h. ",
    ];

    private string _text = "";

    [Params(2_000, 1_000_000)]
    public int Characters { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var builder = new StringBuilder(Characters + 200);
        for (var i = 0; builder.Length < Characters; i++)
        {
            builder.Append(Sentences[i % Sentences.Length]);
        }
        _text = builder.ToString(0, Characters);
        Console.WriteLine($"// {_text.Length} characters, {StructuredDetectors.Find(_text).Count} findings");
    }

    [Benchmark(Baseline = true)]
    public int OneRegexPass() => TwoDigits().Count(_text);

    [Benchmark]
    public int StructuredFind() => StructuredDetectors.Find(_text).Count;

    [GeneratedRegex(@"\d\d", RegexOptions.CultureInvariant)]
    private static partial Regex TwoDigits();
}
