using Coprod.Web.Modules.Confidential.Domain;
using Coprod.Web.Modules.Confidential.Protection;
using Coprod.Web.Platform;
using Coprod.Web.Platform.Audit;
using Coprod.Web.Platform.Data;
using Coprod.Web.Platform.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Confidential.Features.Cases;

/// <summary>
/// Opens a case in a group (CONF-2, CONF-3): the person followed (under 25: everything about them is destroyed
/// on their 25th birthday at the latest) and their legal representatives, the schooling or work situation, the
/// start, the origin and the referent (an entitled member; the caller by default). The record is sealed for
/// the case; the reference says nothing about the person (« GOM-2026-001 »). A coordination (L121-6-2) follows
/// one person or family at a time. The other entitled members are told by a mail without content.
/// </summary>
public static class OpenCase
{
    public sealed record Request(IReadOnlyList<PersonInput?>? Persons, SchoolOrWork? Situation, string? SituationDetail, DateOnly? OpenedOn, CaseOrigin? Origin,
        Guid? ReferentUserId);

    private const int Attempts = 3;

    public sealed class Handler(CoprodDbContext db, ConfidentialAccess access, ConfidentialCipher cipher, AuditTrail audit, CaseNotifier notifier, GetCase.Handler read,
        TimeProvider clock, IStringLocalizer<ConfidentialText> notFound, IStringLocalizer<CasesText> t)
    {
        public async Task<Results<Created<CaseDto>, ValidationProblem, ProblemHttpResult>> HandleAsync(Guid partnershipId, Guid groupId, Request r, Guid userId,
            CancellationToken ct)
        {
            if (await access.SeatAsync(partnershipId, groupId, userId, ct) is not { } seat)
            {
                return ConfidentialProblems.NotFound(notFound);
            }
            var today = ParisTime.Today(clock);
            var v = new Validation();
            var record = CaseRules.Record(v, r.Persons, r.Situation, r.SituationDetail, today, t);
            v.Check(r.OpenedOn is null || r.OpenedOn <= today, "openedOn", t["Case_DateFuture"]);
            v.Check(r.Origin is { } origin && Enum.IsDefined(origin), "origin", t["Case_Origin"]);
            var referent = r.ReferentUserId ?? userId;
            v.Check(referent == userId || await access.SeatAsync(partnershipId, groupId, referent, ct) is not null, "referentUserId", t["Case_Referent"]);
            if (!v.IsValid || record is null)
            {
                return TypedResults.ValidationProblem(v.Errors);
            }
            if (seat.Group.Channel == SharingChannel.SharedSecret
                && await db.Set<ConfidentialCase>().AnyAsync(c => c.GroupId == groupId && c.Status == CaseStatus.Active, ct))
            {
                return CaseProblems.Conflict(t["Case_CoordinationHasCase"]);
            }
            var now = clock.GetUtcNow();
            var opened = r.OpenedOn ?? today;
            var prefix = $"{CaseRules.Initials(seat.Group.Name)}-{opened.Year}-";
            for (var attempt = 1; ; attempt++)
            {
                var existing = await db.Set<ConfidentialCase>().AsNoTracking().Where(c => c.GroupId == groupId && c.Reference.StartsWith(prefix))
                    .Select(c => c.Reference).ToListAsync(ct);
                var id = Guid.NewGuid();
                var found = new ConfidentialCase
                {
                    Id = id,
                    GroupId = groupId,
                    PartnershipId = partnershipId,
                    Reference = CaseRules.NextReference(prefix, existing),
                    OpenedOn = opened,
                    Origin = r.Origin!.Value,
                    ReferentUserId = referent,
                    DestroyBy = CaseRules.DestroyBy(record),
                    SealedRecord = cipher.Seal(id, record),
                    CreatedBy = userId,
                    CreatedAt = now,
                    Version = Guid.NewGuid(),
                };
                db.Add(found);
                try
                {
                    await audit.SaveWithAuditAsync(ct, new AuditEntry(AuditEventType.ConfidentialCaseOpened, partnershipId, userId, "ConfidentialCase", id.ToString(),
                        new { groupId, origin = found.Origin.ToString(), persons = record.Persons.Count }));
                }
                catch (DbUpdateException e) when (DbErrors.IsUniqueViolation(e) && attempt < Attempts)
                {
                    // Another member opened a case of the same group and year at the same moment: take the next number.
                    db.ChangeTracker.Clear();
                    continue;
                }
                await notifier.NotifyAsync(seat.Group, userId, ct);
                var dto = await read.ReadAsync(seat, found, userId, ct);
                return TypedResults.Created($"/api/v1/partnerships/{partnershipId}/confidential/cases/{id}", dto);
            }
        }
    }
}
