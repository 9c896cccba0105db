namespace Coprod.Web.Modules.Governance.Domain;

/// <summary>
/// How many meetings a year each kind of body is expected to hold, for the partnership's health
/// (GOV-4): the plenary at least once a year (the law's minimum), working bodies quarterly, the
/// cells that follow situations monthly. Defaults a partnership reads as a yardstick, not a rule.
/// </summary>
public static class MeetingRhythm
{
    public static int PerYear(BodyKind kind) => kind switch
    {
        BodyKind.Plenary => 1,
        BodyKind.RestrictedFormation => 4,
        BodyKind.ThematicGroup => 4,
        BodyKind.TerritorialGroup => 4,
        BodyKind.CelluleDeVeille => 12,
        BodyKind.Gltd => 6,
        BodyKind.InfraMunicipalCell => 12,
        BodyKind.Cddf => 4,
        _ => 4,
    };
}
