namespace Coprod.Web.Modules.Privacy;

/// <summary>
/// The author's written statement that what the detector took for a person's name is not one
/// ("c'est le nom d'un gymnase"). Sent as the request member <c>privacyOverride</c> by every
/// save that carries anonymous free text; only ever accepted for person findings
/// (see <see cref="AnonymousTextGuard"/>). The reason is kept in the audit trail.
/// </summary>
public sealed record PrivacyOverride(string? Reason)
{
    public const int ReasonMinLength = 5;
    public const int ReasonMaxLength = 500;
}
