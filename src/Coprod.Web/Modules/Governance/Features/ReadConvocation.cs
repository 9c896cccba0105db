using Coprod.Web.Modules.Governance.Domain;
using Coprod.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Coprod.Web.Modules.Governance.Features;

/// <summary>Whether a plenary must be convened as of right (<see cref="ConvocationRule"/>), from its requests and meetings.</summary>
public static class ReadConvocation
{
    public sealed class Handler(CoprodDbContext db)
    {
        public async Task<ConvocationState> HandleAsync(Body body, CancellationToken ct = default)
        {
            var institutions = body.Members.Where(m => m.InstitutionId is not null).Select(m => m.InstitutionId!.Value).ToHashSet();
            return ConvocationRule.Evaluate(await OpenRequestsAsync(body.Id, ct), institutions);
        }

        /// <summary>The requests made since the body's last meeting was scheduled (a cancelled one answers nothing).</summary>
        public async Task<IReadOnlyList<ConvocationRequest>> OpenRequestsAsync(Guid bodyId, CancellationToken ct = default)
        {
            var scheduled = await db.Set<Meeting>().AsNoTracking().Where(m => m.BodyId == bodyId && m.CancelledAt == null).Select(m => m.CreatedAt).ToListAsync(ct);
            DateTimeOffset? last = scheduled.Count == 0 ? null : scheduled.Max();
            var requests = await db.Set<ConvocationRequest>().AsNoTracking().Where(r => r.BodyId == bodyId).ToListAsync(ct);
            return requests.Where(r => last is null || r.RequestedAt > last).ToList();
        }
    }
}
