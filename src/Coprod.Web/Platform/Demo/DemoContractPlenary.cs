using Coprod.Web.Modules.Contract.Features.Commitments;
using Coprod.Web.Modules.Governance.Domain;
using Coprod.Web.Modules.Governance.Features;
using Coprod.Web.Platform.Audit;
using Coprod.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Coprod.Web.Platform.Demo;

/// <summary>
/// The demo CISPD's plenary (its governance is otherwise left to the coordinator): the body, if it
/// has none, and its next meeting in three weeks, on whose agenda the reminders' own listing
/// (<see cref="CommitmentPlenary"/>) puts the commitments overdue for two weeks after their formal reminder.
/// </summary>
internal sealed class DemoContractPlenary(CoprodDbContext db, AuditTrail audit, CommitmentPlenary listing, TimeProvider clock)
{
    public async Task SeedAsync(Guid partnershipId, DemoContractCast cast, Guid coordinator, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var body = await db.Set<Body>().FirstOrDefaultAsync(b => b.PartnershipId == partnershipId && b.Kind == BodyKind.Plenary, ct);
        var trail = new List<AuditEntry>();
        if (body is null)
        {
            body = new Body
            {
                Id = Guid.NewGuid(),
                PartnershipId = partnershipId,
                Kind = BodyKind.Plenary,
                Name = "Assemblée plénière du CISPD",
                Purpose = "Réunion de l'ensemble des membres : stratégie territoriale, bilan annuel, avenants.",
                StartsOn = new DateOnly(2024, 1, 1),
                CreatedBy = coordinator,
                Members = [.. cast.Institutions.Values.Select(id => new BodyMember
                {
                    Id = Guid.NewGuid(), InstitutionId = id, ByRight = true, LegalBasis = BodyTemplates.ClspdComposition, InForceFrom = new DateOnly(2024, 1, 1),
                })],
            };
            db.Add(body);
            trail.Add(new AuditEntry(AuditEventType.GovernanceBodyCreated, partnershipId, coordinator, "body", body.Id.ToString(), new { kind = "Plenary", demo = true }));
        }
        var day = ParisTime.ToParis(now).Date.AddDays(21).AddHours(14);
        var starts = ParisTime.FromLocal(day).ToUniversalTime();
        var meeting = new Meeting
        {
            Id = Guid.NewGuid(),
            PartnershipId = partnershipId,
            BodyId = body.Id,
            Title = "Assemblée plénière : bilan annuel de la stratégie territoriale",
            StartsAt = starts,
            EndsAt = starts.AddHours(2),
            Place = "Siège de Grenoble-Alpes Métropole",
            CreatedAt = now.AddDays(-7),
            Agenda = MeetingRules.Agenda(["Bilan annuel de la stratégie territoriale", "Avenant n° 1 : rodéos et rixes"], BodyKind.Plenary),
            Invitees = [.. body.Members.Select(m => new Invitee { Id = Guid.NewGuid(), InstitutionId = m.InstitutionId, MembershipId = m.MembershipId })],
        };
        db.Add(meeting);
        trail.Add(new AuditEntry(AuditEventType.GovernanceMeetingScheduled, partnershipId, coordinator, "meeting", meeting.Id.ToString(), new { demo = true }));
        await audit.SaveWithAuditAsync(ct, [.. trail]);
        await listing.RunOnceAsync(now, ct);
    }
}
