using Coprod.Web.Modules.Privacy;

namespace Coprod.Web.Modules.Governance.Features;

/// <summary>
/// On an update, only the anonymous texts that are new or changed are scanned: those already stored
/// were checked (or overridden, with an audited reason) when they were written.
/// </summary>
internal static class ChangedTexts
{
    /// <summary>Scans <paramref name="text"/> unless, once cleaned (<see cref="BodyRules.Clean"/>), it equals <paramref name="before"/>.</summary>
    public static AnonymousTextCheck CheckChanged(this AnonymousTextCheck check, string field, string? text, string? before) =>
        check.Check(field, BodyRules.Clean(text) == before ? null : text);

    /// <summary>Scans <paramref name="text"/> unless, once cleaned, it is one of the <paramref name="known"/> texts.</summary>
    public static AnonymousTextCheck CheckChanged(this AnonymousTextCheck check, string field, string? text, IReadOnlySet<string> known) =>
        check.Check(field, BodyRules.Clean(text) is { } clean && known.Contains(clean) ? null : text);
}
