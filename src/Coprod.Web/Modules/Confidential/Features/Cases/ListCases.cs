using Coprod.Web.Modules.Confidential.Domain;
using Coprod.Web.Modules.Confidential.Protection;
using Coprod.Web.Platform.Audit;
using Coprod.Web.Platform.Data;
using Coprod.Web.Platform.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Confidential.Features.Cases;

/// <summary>
/// The cases of a group (CONF-3), for its entitled members only: active cases with the followed person's
/// name (decrypted), archived ones with their reference and dates only. The listing is audited.
/// </summary>
public static class ListCases
{
    /// <summary>The group's cases with the group's name, whether it is a coordination (one case at a time), and who may be a new case's referent.</summary>
    public sealed record Response(Guid GroupId, string GroupName, SharingChannel Channel, IReadOnlyList<CaseListItem> Items, IReadOnlyList<MemberOption> Referents);

    public sealed class Handler(CoprodDbContext db, ConfidentialAccess access, ConfidentialCipher cipher, CaseNames names, AuditTrail audit,
        IStringLocalizer<ConfidentialText> notFound, IStringLocalizer<CasesText> t)
    {
        public async Task<Results<Ok<Response>, ValidationProblem, ProblemHttpResult>> HandleAsync(Guid partnershipId, Guid groupId, string? status, Guid userId,
            CancellationToken ct)
        {
            if (await access.SeatAsync(partnershipId, groupId, userId, ct) is not { } seat)
            {
                return ConfidentialProblems.NotFound(notFound);
            }
            var wanted = status?.Trim().ToLowerInvariant() switch
            {
                null or "" or "active" => (CaseStatus?)CaseStatus.Active,
                "archived" => CaseStatus.Archived,
                _ => null,
            };
            if (wanted is null)
            {
                return TypedResults.ValidationProblem(Validation.Single("status", t["Case_BadStatus"]));
            }
            var cases = await db.Set<ConfidentialCase>().AsNoTracking().Where(c => c.GroupId == groupId && c.Status == wanted).ToListAsync(ct);
            var ids = cases.Select(c => c.Id).ToList();
            // Dates with an offset are compared in memory: SQLite cannot aggregate them.
            var entryDates = await db.Set<CaseEntry>().AsNoTracking().Where(e => ids.Contains(e.CaseId)).Select(e => new { e.CaseId, e.CreatedAt }).ToListAsync(ct);
            var lastEntries = entryDates.GroupBy(e => e.CaseId).ToDictionary(g => g.Key, g => g.Max(e => e.CreatedAt));
            var referents = await names.OfAsync(cases.Select(c => c.ReferentUserId), ct);
            await audit.RecordAsync(new AuditEntry(AuditEventType.ConfidentialCasesListed, partnershipId, userId, "ConfidentialGroup", groupId.ToString(),
                new { status = wanted.ToString(), count = cases.Count }), ct);
            var items = cases.OrderByDescending(c => c.OpenedOn).ThenByDescending(c => c.Reference).Select(c => c.Status == CaseStatus.Archived
                ? new CaseListItem(c.Id, c.Reference, c.Status, c.OpenedOn, c.ClosedOn, c.ArchiveUntil, null, null, null, null)
                : new CaseListItem(c.Id, c.Reference, c.Status, c.OpenedOn, c.ClosedOn, c.ArchiveUntil, c.Origin, referents[c.ReferentUserId],
                    CaseRules.FollowedName(cipher.Open<CaseRecord>(c.Id, c.SealedRecord)), lastEntries.TryGetValue(c.Id, out var last) ? last : (DateTimeOffset?)null)).ToList();
            return TypedResults.Ok(new Response(groupId, seat.Group.Name, seat.Group.Channel, items, await names.ReferentsAsync(partnershipId, groupId, ct)));
        }
    }
}
