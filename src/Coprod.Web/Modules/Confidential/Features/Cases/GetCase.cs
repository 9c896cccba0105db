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
/// A case with its record and entries, decrypted, for an entitled member of its group; every read is audited
/// (CONF-4). An archived case opens only with a stated reason (CONF-6): the reason is kept sealed next to the
/// case, the read is audited as an archive read, and the case comes back read-only.
/// </summary>
public static class GetCase
{
    /// <summary>The extension of the 404 an entitled member gets for an archived case read without a reason.</summary>
    public const string ReasonRequired = "reasonRequired";

    public const int ReasonMin = 5;
    public const int ReasonMax = 300;

    public sealed class Handler(CoprodDbContext db, ConfidentialAccess access, ConfidentialCipher cipher, CaseNames names, AuditTrail audit, TimeProvider clock,
        IStringLocalizer<ConfidentialText> notFound, IStringLocalizer<CasesText> t)
    {
        public async Task<Results<Ok<CaseDto>, ValidationProblem, ProblemHttpResult>> HandleAsync(Guid partnershipId, Guid caseId, string? reason, Guid userId,
            CancellationToken ct)
        {
            if (await access.CaseAsync(partnershipId, caseId, userId, ct) is not { } pair)
            {
                return ConfidentialProblems.NotFound(notFound);
            }
            var (seat, found) = pair;
            if (found.Status == CaseStatus.Archived)
            {
                var stated = CaseRules.Clean(reason);
                if (stated is null)
                {
                    return TypedResults.Problem(detail: t["Case_ArchiveReasonRequired"], statusCode: StatusCodes.Status404NotFound,
                        extensions: new Dictionary<string, object?> { [ReasonRequired] = true });
                }
                if (stated.Length is < ReasonMin or > ReasonMax)
                {
                    return TypedResults.ValidationProblem(Validation.Single("reason", t["Case_ReasonLength", ReasonMin, ReasonMax]));
                }
                var stored = new CaseAccessReason { Id = Guid.NewGuid(), CaseId = caseId, UserId = userId, At = clock.GetUtcNow() };
                stored.SealedReason = cipher.Seal(caseId, stated);
                db.Add(stored);
                await audit.SaveWithAuditAsync(ct, new AuditEntry(AuditEventType.ConfidentialArchiveRead, partnershipId, userId, "ConfidentialCase", caseId.ToString(),
                    new { groupId = found.GroupId, reasonId = stored.Id }));
            }
            else
            {
                await audit.RecordAsync(new AuditEntry(AuditEventType.ConfidentialCaseRead, partnershipId, userId, "ConfidentialCase", caseId.ToString(),
                    new { groupId = found.GroupId }), ct);
            }
            return TypedResults.Ok(await ReadAsync(seat, found, userId, ct));
        }

        /// <summary>The case as the caller sees it, without auditing (the caller audits what it does with it).</summary>
        public async Task<CaseDto> ReadAsync(ConfidentialAccess.Seat seat, ConfidentialCase found, Guid userId, CancellationToken ct)
        {
            var entries = await db.Set<CaseEntry>().AsNoTracking().Where(e => e.CaseId == found.Id).ToListAsync(ct);
            var contents = entries.ToDictionary(e => e.Id, e => cipher.Open<EntryContent>(found.Id, e.SealedContent));
            var people = await names.OfAsync(entries.Select(e => e.AuthorUserId).Append(found.ReferentUserId)
                .Concat(contents.Values.Where(c => c.InformedBy is not null).Select(c => c.InformedBy!.Value)), ct);
            var list = entries.OrderByDescending(e => e.CreatedAt.UtcTicks).Select(e => new EntryDto(e.Id, e.Kind, e.Category, e.AuthorUserId, people[e.AuthorUserId],
                e.CreatedAt, contents[e.Id], contents[e.Id].InformedBy is { } by ? people[by] : null)).ToList();
            return new CaseDto(found.Id, found.GroupId, seat.Group.Name, seat.Group.Channel, found.Reference, found.Status, found.OpenedOn, found.Origin,
                found.ReferentUserId, people[found.ReferentUserId], found.ClosedOn, found.ArchiveUntil, found.DestroyBy, cipher.Open<CaseRecord>(found.Id, found.SealedRecord),
                list, found.Status == CaseStatus.Active, seat.Charter.NotesAllowed, seat.Charter.Categories, await names.MembersAsync(found.GroupId, ct),
                await names.ReferentsAsync(found.PartnershipId, found.GroupId, ct), await DisclosuresAsync(found, ct), found.Version);
        }

        /// <summary>The case's disclosures to the mayor, grouped by sending (one row per president it went to).</summary>
        private async Task<IReadOnlyList<DisclosureDto>> DisclosuresAsync(ConfidentialCase found, CancellationToken ct)
        {
            var rows = await db.Set<Disclosure>().AsNoTracking().Where(d => d.CaseId == found.Id).ToListAsync(ct);
            if (rows.Count == 0)
            {
                return [];
            }
            var people = await names.OfAsync(rows.SelectMany(d => new[] { d.ByUserId, d.ToUserId }), ct);
            return rows.GroupBy(d => (d.At.UtcTicks, d.ByUserId)).OrderByDescending(g => g.Key.UtcTicks).Select(g =>
            {
                var content = cipher.Open<DisclosureContent>(found.Id, g.First().SealedContent);
                return new DisclosureDto(g.First().At, people[g.Key.ByUserId], content.Text, content.Justification,
                    g.Select(d => people[d.ToUserId]).Order(StringComparer.CurrentCulture).ToList());
            }).ToList();
        }
    }
}
