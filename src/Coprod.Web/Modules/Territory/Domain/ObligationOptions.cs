namespace Coprod.Web.Modules.Territory.Domain;

/// <summary>
/// Thresholds and legal bases of the compliance alerts (TER-4), bound from
/// <c>Territory:Obligations</c>. The defaults are the law as of 2024; the law keeps changing,
/// so an operator can update a threshold or its text without a release.
/// </summary>
public sealed class ObligationOptions
{
    public const string Section = "Territory:Obligations";

    /// <summary>CLSPD mandatory above this population, or with a QPV.</summary>
    public PopulationRule Clspd { get; set; } = new()
    {
        Population = 5_000,
        LegalBasis = "Code de la sécurité intérieure, art. L132-4 : dans les communes de plus de 5 000 habitants et dans celles "
            + "comprenant un quartier prioritaire de la politique de la ville, le maire ou son représentant préside un conseil local "
            + "de sécurité et de prévention de la délinquance (sous réserve de l'art. L132-13).",
    };

    /// <summary>A CISPD run by the EPCI makes the communes' CLSPD optional; opposition blocks it.</summary>
    public OppositionRule Cispd { get; set; } = new()
    {
        Share = 0.5m,
        LegalBasis = "Code de la sécurité intérieure, art. L132-13 : lorsqu'un EPCI à fiscalité propre exerce la compétence "
            + "de prévention de la délinquance, son président anime un conseil intercommunal de sécurité et de prévention de la "
            + "délinquance, sauf opposition d'une ou plusieurs communes représentant au moins la moitié de la population totale "
            + "concernée ; les communes membres peuvent alors ne pas créer de CLSPD.",
    };

    /// <summary>A coordinator must be named above this population.</summary>
    public PopulationRule Coordinator { get; set; } = new()
    {
        Population = 15_000,
        LegalBasis = "Code de la sécurité intérieure, art. L132-4 (organisation du CLSPD) : au-delà de 15 000 habitants, un "
            + "coordonnateur est désigné. Seuil et texte paramétrables (Territory:Obligations:Coordinator) pour suivre la loi en vigueur.",
    };

    /// <summary>CDDF mandatory above this population.</summary>
    public PopulationRule Cddf { get; set; } = new()
    {
        Population = 50_000,
        LegalBasis = "Code de l'action sociale et des familles, art. L141-1 : un conseil pour les droits et devoirs des familles "
            + "est créé par délibération du conseil municipal dans les communes de plus de 50 000 habitants.",
    };

    /// <summary>The plenary must meet at least once in this many months.</summary>
    public PlenaryRule Plenary { get; set; } = new()
    {
        Months = 12,
        LegalBasis = "Code de la sécurité intérieure, art. D132-7 à D132-10 : le conseil local de sécurité et de prévention de la délinquance "
            + "se réunit en formation plénière à l'initiative de son président au moins une fois par an ; il se réunit de droit à la "
            + "demande du préfet ou de la majorité de ses membres. Texte paramétrable (Territory:Obligations:Plenary).",
    };

    /// <summary>Whether every threshold makes sense; checked at start.</summary>
    public bool IsValid() =>
        Clspd.Population > 0 && Coordinator.Population > 0 && Cddf.Population > 0 && Cispd.Share is > 0 and <= 1 && Plenary.Months > 0;
}

/// <summary>An obligation that applies above a population ("more than N inhabitants").</summary>
public sealed class PopulationRule
{
    public int Population { get; set; }
    public string LegalBasis { get; set; } = "";
}

/// <summary>The CISPD opposition rule: blocked when opposing communes hold at least <see cref="Share"/> of the population.</summary>
public sealed class OppositionRule
{
    public decimal Share { get; set; }
    public string LegalBasis { get; set; } = "";
}

/// <summary>The yearly plenary rule: at least one plenary meeting every <see cref="Months"/> months.</summary>
public sealed class PlenaryRule
{
    public int Months { get; set; }
    public string LegalBasis { get; set; } = "";
}
