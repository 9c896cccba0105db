namespace Coprod.Web.Modules.Events.Domain;

/// <summary>
/// The French default taxonomy of events, from the categories PRODUCT.md (EVT-1) lists and those
/// the seeds' night correspondents and landlords report most. Every partnership gets it on first use.
/// </summary>
public static class DefaultCategories
{
    /// <summary>Code and French label, in display order.</summary>
    public static readonly IReadOnlyList<(string Code, string Label)> All =
    [
        ("degradation", "Dégradation"),
        ("incendie", "Incendie (véhicule, poubelle, local)"),
        ("rodeo", "Rodéo motorisé"),
        ("regroupement", "Regroupement"),
        ("occupation-hall", "Occupation de hall ou de parties communes"),
        ("violence", "Violence"),
        ("trafic", "Trafic de stupéfiants"),
        ("incivilite", "Incivilité"),
        ("tension", "Tension, conflit de voisinage"),
        ("nuisance-sonore", "Nuisance sonore"),
        ("tags", "Tags, graffitis"),
        ("depot-sauvage", "Dépôt sauvage"),
        ("vol", "Vol, cambriolage"),
        ("rixe", "Rixe"),
        ("autre", "Autre"),
    ];
}
