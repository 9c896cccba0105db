namespace Coprod.Web.Modules.Confidential.Domain;

/// <summary>Lengths and durations of the confidential module.</summary>
public static class ConfidentialLimits
{
    public const int Name = 150;
    public const int Purpose = 1000;
    public const int Territory = 300;
    public const int Rule = 500;
    public const int Rules = 20;
    public const int Reference = 40;

    /// <summary>A structured field's text (situation, action, result, justification).</summary>
    public const int Text = 1000;

    /// <summary>Free-text notes are short (CONF-2).</summary>
    public const int Note = 300;

    public const int PersonName = 100;
    public const int Persons = 10;

    /// <summary>A closed case stays in the restricted archive this many years, then is destroyed (CONF-6).</summary>
    public const int ArchiveYears = 3;

    /// <summary>Everything about a person is destroyed at the latest at this age (CONF-6).</summary>
    public const int DestroyAge = 25;

    /// <summary>The sealed (encrypted) texts: room for the JSON of a record and the envelope.</summary>
    public const int Sealed = 32_000;
}
