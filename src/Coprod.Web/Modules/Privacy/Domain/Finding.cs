namespace Coprod.Web.Modules.Privacy.Domain;

/// <summary>The kinds of personal data that anonymous areas refuse (PRIV-1).</summary>
public enum FindingKind
{
    Person = 1,
    Phone = 2,
    Email = 3,
    Plate = 4,
    Address = 5,
    Birthdate = 6,
    Nir = 7,
    Iban = 8,
}

/// <summary>One piece of personal data found in a text, by character offset.</summary>
public sealed record Finding(FindingKind Kind, int Start, int Length, string Text);
