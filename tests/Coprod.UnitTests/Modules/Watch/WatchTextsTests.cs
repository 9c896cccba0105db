using Coprod.Web.Modules.Watch;
using Coprod.Web.Modules.Watch.Domain;

namespace Coprod.UnitTests.Modules.Watch;

public sealed class WatchTextsTests
{
    public static TheoryData<AlertAssessment> Assessments =>
    [
        SpikeRule.Evaluate(14, [4, 5, 3, 4, 6, 4, 3, 5, 4]),
        SpikeRule.Evaluate(6, [0, 0, 0, 0, 0, 0]),
        SpikeRule.Evaluate(5, [4, 5, 3, 4, 6, 4, 3, 5, 4]),
        SpikeRule.Evaluate(3, [0, 0, 0]),
        SpikeRule.Evaluate(3, [1]),
        FixedThresholdRule.Evaluate(12, 10),
        FixedThresholdRule.Evaluate(2, 10),
    ];

    [Theory]
    [MemberData(nameof(Assessments))]
    public void Explain_EveryReason_HasASentenceInFrenchAndEnglish(AlertAssessment assessment)
    {
        foreach (var culture in new[] { "fr-FR", "en-GB" })
        {
            var text = Localized.In<WatchText>(culture).Explain(assessment);
            Assert.StartsWith(assessment.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), text, StringComparison.Ordinal);
            Assert.DoesNotContain("Alert_", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Explain_Spike_SaysTheFiguresInFrench()
    {
        // Baseline mean 38/9 = 4.2, s² < μ so σ² = μ: limit = 4.22 + 3·√4.22·√(10/9) = 10.7, alert from 11.
        var text = Localized.In<WatchText>().Explain(SpikeRule.Evaluate(14, [4, 5, 3, 4, 6, 4, 3, 5, 4]));
        Assert.Equal("14 événements cette semaine pour 4,2 attendus (×3,3) d'après 9 semaines comparables des années précédentes : c'est au-dessus de la variation habituelle (alerte à partir de 11).", text);
    }

    [Fact]
    public void Explain_SpikeAfterNothing_DoesNotQuoteARatio() =>
        Assert.Equal("6 events this week while none were recorded in the 6 comparable weeks of previous years (alert from 5).",
            Localized.In<WatchText>("en-GB").Explain(SpikeRule.Evaluate(6, [0, 0, 0, 0, 0, 0])));

    public static TheoryData<WatchGridException> Refusals =>
    [
        .. Enum.GetValues<GridRefusal>().Select(r => new WatchGridException(r, 1, 2, 3)),
    ];

    [Theory]
    [MemberData(nameof(Refusals))]
    public void Explain_EveryGridRefusal_HasASentenceInFrenchAndEnglish(WatchGridException refused)
    {
        foreach (var culture in new[] { "fr-FR", "en-GB" })
        {
            var t = Localized.In<WatchText>(culture);
            Assert.False(t[$"Grid_{refused.Refusal}"].ResourceNotFound, $"{culture}: {refused.Refusal}");
            Assert.DoesNotContain("Grid_", t.Explain(refused), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Explain_TooManyCells_QuotesTheCountAndTheLimit()
    {
        var refused = Assert.Throws<WatchGridException>(() => HotspotAnalysis.Run([new(5.55, 45.05), new(5.93, 45.32)], new HotspotOptions(50)));
        var text = Localized.In<WatchText>("en-GB").Explain(refused);
        Assert.Matches(@"^The grid would have [\d,]+ cells, over the limit of 250,000: choose larger cells or a smaller area\.$", text);
    }
}
