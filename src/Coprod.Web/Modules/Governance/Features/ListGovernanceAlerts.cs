using Coprod.Web.Modules.Governance.Domain;
using Coprod.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Governance.Features;

/// <summary>
/// The governance alerts of a partnership: today, « Séance de droit à convoquer » for each active
/// plenary that must be convened as of right; it stays until a meeting of that plenary is scheduled.
/// </summary>
public static class ListGovernanceAlerts
{
    public sealed record Alert(string Code, Guid BodyId, string BodyName, string Title, string Detail, ConvocationState State);

    public const string ConvocationCode = "SEANCE_DE_DROIT";

    public sealed class Handler(CoprodDbContext db, ReadConvocation.Handler convocation, IStringLocalizer<GovernanceText> t)
    {
        public async Task<IReadOnlyList<Alert>> HandleAsync(Guid partnershipId, CancellationToken ct = default)
        {
            var plenaries = await db.Set<Body>().AsNoTracking().Include(b => b.Members)
                .Where(b => b.PartnershipId == partnershipId && b.Kind == BodyKind.Plenary && b.Status != BodyStatus.Closed)
                .ToListAsync(ct);
            var alerts = new List<Alert>();
            foreach (var body in plenaries)
            {
                var state = await convocation.HandleAsync(body, ct);
                if (!state.Required)
                {
                    continue;
                }
                var detail = state.ByPrefect
                    ? t["Convocation_ByPrefect", body.Name]
                    : t["Convocation_ByMajority", body.Name, state.RequestingInstitutions, state.MemberInstitutions];
                alerts.Add(new Alert(ConvocationCode, body.Id, body.Name, t["Convocation_AlertTitle"], detail, state));
            }
            return alerts;
        }
    }
}
