using Coprod.Web.Modules.Privacy.Domain;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Privacy;

/// <summary>
/// PRIV-1 on the server: <b>the</b> way every module checks its anonymous free-text fields (names,
/// event descriptions, diagnostic notes, meeting minutes, public reports) when it saves them. The
/// interface warns while the author types (<c>AnonymousTextField</c>), but only this check decides:
/// API clients never see the interface.
/// </summary>
/// <remarks>
/// <para>
/// Rules. A text with findings is refused with a 422 problem (<see cref="AnonymousTextCheck.Problem"/>):
/// a French title, a detail listing the findings, the extension member <c>findings</c>
/// (<c>[{ field, kind, start, length, text, label, advice }]</c>, offsets into the text as sent),
/// <c>overridable</c>, and the usual <c>errors</c> per field. A field whose findings are <em>all</em>
/// person names may still be saved when the request carries a <see cref="PrivacyOverride"/> whose
/// reason has 5 to 500 characters and holds no personal data itself (nor the flagged words); phones,
/// e-mails, plates, addresses, birth dates, NIR and IBAN can never be overridden. Each accepted
/// override becomes an audit record <see cref="Platform.Audit.AuditEventType.PersonalDataOverridden"/>
/// written in the save's own transaction, holding the field, kinds, count and reason, never the text.
/// </para>
/// <para>
/// Usage, in the handler, after the ordinary validation (400) and right before saving; the request
/// has a member <c>PrivacyOverride? PrivacyOverride</c> (JSON <c>privacyOverride: { reason }</c>):
/// </para>
/// <code>
/// var privacy = guard.Begin(r.PrivacyOverride).Check("description", r.Description).Check("place", r.Place);
/// if (!privacy.IsAccepted) return privacy.Problem();                 // Results&lt;…, ProblemHttpResult&gt;
/// db.Add(report);
/// await audit.SaveWithAuditAsync(ct, [new AuditEntry(AuditEventType.X, partnershipId, actorId, "report", id),
///     .. privacy.AuditEntries(partnershipId, actorId, "report", id)]);
/// </code>
/// <para>
/// The module limits its fields' length first: a text longer than
/// <see cref="PersonalDataScanner.MaxTextLength"/> is refused unread. Registered as a singleton.
/// </para>
/// </remarks>
public sealed class AnonymousTextGuard(PersonalDataScanner scanner, IStringLocalizer<PrivacyText> t)
{
    /// <summary>Starts the check of one request; <paramref name="privacyOverride"/> is the request's override, if any.</summary>
    public AnonymousTextCheck Begin(PrivacyOverride? privacyOverride) => new(scanner, t, privacyOverride);
}
