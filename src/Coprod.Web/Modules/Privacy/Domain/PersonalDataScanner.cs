namespace Coprod.Web.Modules.Privacy.Domain;

/// <summary>
/// The personal-data detector of PRIV-1, as one service: every finding in a text, by kind and
/// character offset, overlaps resolved. Thread-safe; registered as a singleton.
/// </summary>
public sealed class PersonalDataScanner
{
    /// <summary>The longest text the scanner accepts in one call (64 KiB of characters).</summary>
    public const int MaxTextLength = 65_536;

    /// <summary>Every personal-data finding in <paramref name="text"/>, in order of position.</summary>
    public IReadOnlyList<Finding> Scan(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return StructuredDetectors.Find(text);
    }
}
