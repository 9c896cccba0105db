namespace Coprod.Web.Modules.Contract.Features;

/// <summary>A tag of the national strategy: its code, label, the axis or programme it belongs to, and whether it is of a former strategy.</summary>
public sealed record TaxonomyTag(string Code, string Label, string Group, bool Legacy = false);

/// <summary>
/// The national strategy's taxonomy that priorities and sheets are tagged with (CLS-1): by default the
/// four axes of the SNPD 2020-2024, each with short themes, plus the three programmes of the
/// SNPD 2013-2017 as legacy tags (older contracts use them). A deployment replaces it with the list in
/// the <c>Contract:Taxonomy</c> configuration section (items: code, label, group, legacy).
/// </summary>
public sealed class StrategyTaxonomy
{
    private readonly Dictionary<string, TaxonomyTag> _byCode;

    public StrategyTaxonomy(IConfiguration configuration)
        : this(configuration.GetSection("Contract:Taxonomy").Get<List<TaxonomyTag>>() is { Count: > 0 } configured ? configured : Defaults)
    {
    }

    public StrategyTaxonomy(IReadOnlyList<TaxonomyTag> tags)
    {
        Tags = tags;
        _byCode = tags.GroupBy(t => t.Code, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
    }

    /// <summary>Every tag, in reading order.</summary>
    public IReadOnlyList<TaxonomyTag> Tags { get; }

    public bool IsKnown(string? code) => code is not null && _byCode.ContainsKey(code);

    /// <summary>The label of <paramref name="code"/>, or the code itself when unknown.</summary>
    public string Label(string code) => _byCode.TryGetValue(code, out var tag) ? tag.Label : code;

    private const string Axis1 = "Axe 1 — Les jeunes : agir plus tôt et aller plus loin dans la prévention";
    private const string Axis2 = "Axe 2 — Aller vers les personnes vulnérables pour mieux les protéger";
    private const string Axis3 = "Axe 3 — La population, nouvel acteur de la prévention de la délinquance";
    private const string Axis4 = "Axe 4 — Le territoire : vers une gouvernance rénovée et efficace";
    private const string Legacy = "SNPD 2013-2017 (programmes antérieurs)";

    /// <summary>The default taxonomy. Themes are short labels written for this tool, not the strategy's official numbering.</summary>
    public static readonly IReadOnlyList<TaxonomyTag> Defaults =
    [
        new("snpd2020-axe1", "Les jeunes : agir plus tôt et aller plus loin dans la prévention", Axis1),
        new("snpd2020-axe1-premiers-passages", "Thème : prévention dès les premiers passages à l'acte", Axis1),
        new("snpd2020-axe1-decrochage", "Thème : prévention du décrochage scolaire", Axis1),
        new("snpd2020-axe1-parentalite", "Thème : soutien à la parentalité", Axis1),
        new("snpd2020-axe1-insertion", "Thème : insertion des jeunes exposés à la délinquance", Axis1),
        new("snpd2020-axe1-rixes", "Thème : prévention des rixes entre bandes", Axis1),
        new("snpd2020-axe2", "Aller vers les personnes vulnérables pour mieux les protéger", Axis2),
        new("snpd2020-axe2-vif", "Thème : prévention des violences intrafamiliales", Axis2),
        new("snpd2020-axe2-femmes", "Thème : violences faites aux femmes", Axis2),
        new("snpd2020-axe2-victimes", "Thème : aide aux victimes", Axis2),
        new("snpd2020-axe2-aines", "Thème : protection des personnes âgées isolées", Axis2),
        new("snpd2020-axe2-radicalisation", "Thème : prévention de la radicalisation", Axis2),
        new("snpd2020-axe3", "La population, nouvel acteur de la prévention de la délinquance", Axis3),
        new("snpd2020-axe3-participation", "Thème : participation des habitants", Axis3),
        new("snpd2020-axe3-mediation", "Thème : médiation sociale", Axis3),
        new("snpd2020-axe3-tranquillite", "Thème : tranquillité publique de proximité", Axis3),
        new("snpd2020-axe4", "Le territoire : vers une gouvernance rénovée et efficace", Axis4),
        new("snpd2020-axe4-gouvernance", "Thème : gouvernance du conseil local", Axis4),
        new("snpd2020-axe4-echange", "Thème : échange d'informations entre partenaires", Axis4),
        new("snpd2020-axe4-evaluation", "Thème : suivi et évaluation des actions", Axis4),
        new("snpd2013-jeunes", "Jeunes exposés à la délinquance", Legacy, true),
        new("snpd2013-violences", "Violences faites aux femmes, violences intrafamiliales et aide aux victimes", Legacy, true),
        new("snpd2013-tranquillite", "Tranquillité publique", Legacy, true),
    ];
}
