using Coprod.Web.Modules.Directory.Domain;
using Coprod.Web.Platform.Audit;
using Coprod.Web.Platform.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Directory.Features;

/// <summary>Removes one competence, presence slot or on-call entry of a service (same rights as editing the service).</summary>
public static class RemoveServiceItem
{
    public enum Kind
    {
        Competence,
        PresenceSlot,
        OnCallShift,
    }

    public sealed class Handler(CoprodDbContext db, AuditTrail audit, ServiceEditRights rights, IStringLocalizer<DirectoryText> t)
    {
        public async Task<Results<NoContent, ProblemHttpResult>> HandleAsync(Guid partnershipId, Guid serviceId, Kind kind, Guid itemId, Guid actorId, CancellationToken ct = default)
        {
            var (_, problem) = await rights.FindEditableAsync(partnershipId, serviceId, actorId, ct);
            if (problem is not null)
            {
                return problem;
            }
            object? item = kind switch
            {
                Kind.Competence => await db.Set<Competence>().FirstOrDefaultAsync(c => c.Id == itemId && c.ServiceId == serviceId, ct),
                Kind.PresenceSlot => await db.Set<PresenceSlot>().FirstOrDefaultAsync(c => c.Id == itemId && c.ServiceId == serviceId, ct),
                _ => await db.Set<OnCallShift>().FirstOrDefaultAsync(c => c.Id == itemId && c.ServiceId == serviceId, ct),
            };
            if (item is null)
            {
                return DirectoryProblems.ItemNotFound(t);
            }
            db.Remove(item);
            var type = kind switch
            {
                Kind.Competence => AuditEventType.CompetenceRemoved,
                Kind.PresenceSlot => AuditEventType.PresenceSlotRemoved,
                _ => AuditEventType.OnCallShiftRemoved,
            };
            await audit.SaveWithAuditAsync(ct, new AuditEntry(type, partnershipId, actorId, kind.ToString(), itemId.ToString(), new { serviceId }));
            return TypedResults.NoContent();
        }
    }
}
