using Coprod.Web.Modules.Contract.Domain;
using Coprod.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Coprod.Web.Modules.Contract.Features.Commitments;

/// <summary>The menu's badge: how many open commitments of the caller's institutions are late or due within the reminder's delay.</summary>
public static class MyCommitmentCount
{
    public sealed class Handler(CoprodDbContext db, ContractAccess access, IOptions<CommitmentReminderOptions> options)
    {
        public async Task<int> HandleAsync(Guid partnershipId, Guid userId, CancellationToken ct)
        {
            var institutions = (await access.SeatAsync(partnershipId, userId, ct))?.Institutions ?? [];
            if (institutions.Count == 0)
            {
                return 0;
            }
            var soon = access.Today.AddDays(options.Value.DaysBefore);
            return await db.Set<Commitment>().CountAsync(c => c.PartnershipId == partnershipId && c.Status == CommitmentStatus.Open
                && institutions.Contains(c.InstitutionId) && c.DueOn <= soon, ct);
        }
    }
}
