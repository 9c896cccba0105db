using Coprod.Web.Modules.Partnerships.Domain;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Territory.Domain;

/// <summary>
/// The legal obligations of TER-4, computed from facts only (no database), one rule per method.
/// "More than N inhabitants" is strict: a commune of exactly 5,000 inhabitants needs no CLSPD.
/// </summary>
public sealed class ObligationRules(ObligationOptions options, IStringLocalizer<TerritoryText> t)
{
    public IReadOnlyList<Obligation> Evaluate(ComplianceFacts facts)
    {
        var obligations = new List<Obligation>();
        if (facts.Kind == PartnershipKind.Cdpd)
        {
            return obligations;
        }
        foreach (var commune in facts.Communes)
        {
            if (commune.Commune is null)
            {
                obligations.Add(new Obligation(ObligationCodes.UnknownCommune, ObligationStatus.NotApplicable, commune.Insee, null,
                    t["Obligation_UnknownCommune", commune.Insee, facts.CogYear], null, Figures()));
                continue;
            }
            obligations.Add(Clspd(commune, commune.Commune));
            obligations.Add(Above(ObligationCodes.Coordinator, "Coordinator", options.Coordinator, commune.Commune, facts.HasCoordinator));
            obligations.Add(Above(ObligationCodes.Cddf, "Cddf", options.Cddf, commune.Commune, facts.HasCddf));
        }
        if (facts.Kind == PartnershipKind.Cispd)
        {
            obligations.Add(Opposition(facts.Communes.Where(c => c.Commune is not null).ToList()));
        }
        if (facts.Plenary is { } plenary)
        {
            obligations.Add(YearlyPlenary(plenary));
        }
        return obligations;
    }

    private Obligation Clspd(CommuneFacts facts, Commune commune)
    {
        var rule = options.Clspd;
        var figures = Figures(("population", commune.Population), ("threshold", rule.Population), ("qpv", facts.QpvCount));
        var reasons = new List<string>();
        if (commune.Population > rule.Population)
        {
            reasons.Add(t["Clspd_ReasonPopulation", Count(commune.Population), Count(rule.Population)]);
        }
        if (facts.QpvCount > 0)
        {
            reasons.Add(t["Clspd_ReasonQpv", facts.QpvCount]);
        }
        var reason = string.Join(" ; ", reasons);
        var (status, explanation, basis) = (reasons.Count, facts.Cispds.Count, facts.Clspds.Count) switch
        {
            (0, _, _) => (ObligationStatus.NotApplicable, t["Clspd_NotRequired", Count(commune.Population), Count(rule.Population)], rule.LegalBasis),
            (_, > 0, _) => (ObligationStatus.Optional, t["Clspd_OptionalCispd", reason, facts.Cispds[0]], options.Cispd.LegalBasis),
            (_, _, > 0) => (ObligationStatus.Met, t["Clspd_Met", reason, facts.Clspds[0]], rule.LegalBasis),
            _ => (ObligationStatus.NotMet, t["Clspd_NotMet", reason], rule.LegalBasis),
        };
        return new Obligation(ObligationCodes.Clspd, status, commune.Insee, commune.Name, explanation, basis, figures);
    }

    /// <summary>An obligation that applies above a population and is met by a fact (a coordinator, a CDDF).</summary>
    private Obligation Above(string code, string textPrefix, PopulationRule rule, Commune commune, bool satisfied)
    {
        var figures = Figures(("population", commune.Population), ("threshold", rule.Population));
        var (status, key) = commune.Population <= rule.Population ? (ObligationStatus.NotApplicable, "_NotRequired")
            : satisfied ? (ObligationStatus.Met, "_Met")
            : (ObligationStatus.NotMet, "_NotMet");
        return new Obligation(code, status, commune.Insee, commune.Name,
            t[textPrefix + key, Count(commune.Population), Count(rule.Population)], rule.LegalBasis, figures);
    }

    private Obligation Opposition(IReadOnlyList<CommuneFacts> communes)
    {
        var rule = options.Cispd;
        var (total, opposing) = CispdOpposition.Count(communes.Select(c => (c.Commune!.Population, c.OpposesCispd)));
        var share = total == 0 ? 0m : Math.Round((decimal)opposing / total, 4);
        var figures = Figures(("opposingPopulation", opposing), ("totalPopulation", total), ("opposingShare", share), ("threshold", rule.Share));
        var (status, key) = total == 0 ? (ObligationStatus.NotApplicable, "Cispd_NoPopulation")
            : CispdOpposition.IsBlocked(total, opposing, rule.Share) ? (ObligationStatus.Blocked, "Cispd_Blocked")
            : opposing > 0 ? (ObligationStatus.Met, "Cispd_MinorOpposition")
            : (ObligationStatus.Met, "Cispd_NoOpposition");
        var explanation = t[key, Count(opposing), Count(total), share.ToString("P1"), rule.Share.ToString("P0")];
        return new Obligation(ObligationCodes.CispdOpposition, status, null, null, explanation, rule.LegalBasis, figures);
    }

    /// <summary>The plenary meets at least once every <see cref="PlenaryRule.Months"/> months (a year by default).</summary>
    private Obligation YearlyPlenary(PlenaryFacts facts)
    {
        var rule = options.Plenary;
        var met = facts.LastHeld is { } lastHeld && lastHeld > facts.On.AddMonths(-rule.Months);
        var last = facts.LastHeld is { } day ? day.ToString("d MMMM yyyy") : t["Plenary_Never"].Value;
        var days = facts.LastHeld is { } held ? facts.On.DayNumber - held.DayNumber : -1;
        return new Obligation(ObligationCodes.YearlyPlenary, met ? ObligationStatus.Met : ObligationStatus.NotMet, null, null,
            t[met ? "Plenary_Met" : "Plenary_NotMet", last, rule.Months], rule.LegalBasis, Figures(("months", rule.Months), ("daysSinceLast", days)));
    }

    private static string Count(long population) => population.ToString("N0");

    private static Dictionary<string, decimal> Figures(params (string Name, decimal Value)[] figures) =>
        figures.ToDictionary(f => f.Name, f => f.Value);
}
