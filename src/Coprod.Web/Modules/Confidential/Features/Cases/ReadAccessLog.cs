using System.Text.Json;
using Coprod.Web.Modules.Confidential.Domain;
using Coprod.Web.Modules.Confidential.Protection;
using Coprod.Web.Platform.Audit;
using Coprod.Web.Platform.Data;
using Coprod.Web.Platform.Localization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Confidential.Features.Cases;

/// <summary>
/// Who read or wrote what in a case (CONF-4): every audit record of the case, newest first, with the person, their
/// institution, what they did and, for an archive read, the reason they gave. Reading the log is itself audited.
/// The chain check tells the member whether the audit trail is intact.
/// </summary>
public static class ReadAccessLog
{
    public sealed record Line(DateTimeOffset At, Guid? UserId, string Who, string? Institution, AuditEventType Type, string What, string? Reason);

    public sealed record Response(Guid CaseId, string Reference, IReadOnlyList<Line> Lines);

    /// <summary>The result of the chain check: nothing confidential.</summary>
    public sealed record Verification(bool Valid, long Checked, long? BrokenAt);

    public sealed class Handler(CoprodDbContext db, ConfidentialAccess access, ConfidentialCipher cipher, CaseNames names, AuditTrail audit,
        IStringLocalizer<ConfidentialText> notFound, IStringLocalizer<UiText> ui)
    {
        public async Task<Results<Ok<Response>, ProblemHttpResult>> HandleAsync(Guid partnershipId, Guid caseId, Guid userId, CancellationToken ct)
        {
            if (await access.CaseAsync(partnershipId, caseId, userId, ct) is not { } pair)
            {
                return ConfidentialProblems.NotFound(notFound);
            }
            var found = pair.Case;
            var target = caseId.ToString();
            await audit.RecordAsync(new AuditEntry(AuditEventType.ConfidentialAccessLogRead, partnershipId, userId, "ConfidentialCase", target,
                new { groupId = found.GroupId }), ct);
            var records = await db.Set<AuditRecord>().AsNoTracking().Where(a => a.TargetType == "ConfidentialCase" && a.TargetId == target)
                .OrderByDescending(a => a.Sequence).ToListAsync(ct);
            var reasons = (await db.Set<CaseAccessReason>().AsNoTracking().Where(a => a.CaseId == caseId).ToListAsync(ct))
                .ToDictionary(a => a.Id, a => cipher.Open<string>(caseId, a.SealedReason));
            var people = await names.OfAsync(records.Where(a => a.ActorId is not null).Select(a => a.ActorId!.Value), ct);
            var institutions = await names.InstitutionsAsync(found.GroupId, ct);
            var lines = records.Select(a => new Line(a.At, a.ActorId, a.ActorId is { } who ? people[who] : "—",
                a.ActorId is { } id ? institutions.GetValueOrDefault(id) : null, a.Type, ui["AuditEventType_" + a.Type], Reason(a, reasons))).ToList();
            return TypedResults.Ok(new Response(caseId, found.Reference, lines));
        }

        private static string? Reason(AuditRecord record, IReadOnlyDictionary<Guid, string> reasons)
        {
            if (record.Type != AuditEventType.ConfidentialArchiveRead || record.Details is null)
            {
                return null;
            }
            using var details = JsonDocument.Parse(record.Details);
            return details.RootElement.TryGetProperty("reasonId", out var id) && id.TryGetGuid(out var reasonId) ? reasons.GetValueOrDefault(reasonId) : null;
        }
    }

    public sealed class VerifyHandler(ConfidentialAccess access, VerifyAuditChain.Handler chain, IStringLocalizer<ConfidentialText> notFound)
    {
        public async Task<Results<Ok<Verification>, ProblemHttpResult>> HandleAsync(Guid partnershipId, Guid caseId, Guid userId, CancellationToken ct)
        {
            if (await access.CaseAsync(partnershipId, caseId, userId, ct) is null)
            {
                return ConfidentialProblems.NotFound(notFound);
            }
            var result = await chain.HandleAsync(ct);
            return TypedResults.Ok(new Verification(result.IsIntact, result.Count, result.BrokenAt));
        }
    }
}
