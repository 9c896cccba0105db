using Coprod.Web.Modules.Governance.Features;
using Coprod.Web.Modules.Partnerships.Domain;
using Coprod.Web.Modules.Territory.Domain;
using Coprod.Web.Platform;
using Coprod.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Coprod.Web.Modules.Territory.Features;

/// <summary>
/// <c>GET …/compliance</c>: the legal obligations of the partnership per commune (TER-4), from its
/// communes' population, its current QPV areas, the active CLSPDs and the active, unblocked CISPDs
/// covering its communes, its coordinator, its CDDF and its last plenary meeting (Governance).
/// </summary>
public static class ComputeCompliance
{
    /// <summary>The obligations of a partnership on a day, with the COG year of the populations used.</summary>
    public sealed record ComplianceReport(Guid PartnershipId, PartnershipKind Kind, DateOnly On, int CogYear, IReadOnlyList<Obligation> Obligations);

    public sealed class Handler(
        CoprodDbContext db,
        IGeography geography,
        IOptions<ObligationOptions> options,
        TimeProvider clock,
        LastPlenary.Handler lastPlenary,
        IStringLocalizer<TerritoryText> t)
    {
        public async Task<ComplianceReport?> HandleAsync(Guid partnershipId, CancellationToken ct = default)
        {
            var today = QueryValues.Today(clock);
            var partnership = await db.Set<Partnership>().AsNoTracking()
                .Include(p => p.Communes)
                .FirstOrDefaultAsync(p => p.Id == partnershipId, ct);
            if (partnership is null)
            {
                return null;
            }
            var codes = partnership.Communes.Select(c => c.InseeCode).ToList();
            var coverage = await db.Set<PartnershipCommune>().AsNoTracking()
                .Where(c => codes.Contains(c.InseeCode))
                .Join(db.Set<Partnership>().Where(p => p.Status == PartnershipStatus.Active),
                    c => c.PartnershipId, p => p.Id, (c, p) => new { c.InseeCode, p.Id, p.Kind, p.Name })
                .ToListAsync(ct);
            var blocked = await BlockedCispdsAsync(coverage.Where(x => x.Kind == PartnershipKind.Cispd).Select(x => x.Id).Distinct().ToList(), ct);
            coverage.RemoveAll(x => blocked.Contains(x.Id));
            var qpvs = await db.Set<Area>().AsNoTracking()
                .Where(a => a.PartnershipId == partnershipId && a.Kind == AreaKind.Qpv
                    && a.ValidFrom <= today && (a.ValidUntil == null || a.ValidUntil >= today))
                .Select(a => a.CommuneInsee)
                .ToListAsync(ct);
            var hasCoordinator = await db.Set<Membership>().AsNoTracking().Where(Membership.ActiveOn(today))
                .AnyAsync(m => m.PartnershipId == partnershipId && m.Role == PartnershipRole.Coordinateur, ct);

            var communes = partnership.Communes
                .Select(c => new CommuneFacts(
                    c.InseeCode,
                    geography.FindCommune(c.InseeCode),
                    qpvs.Count(q => q == c.InseeCode),
                    Covering(coverage.Where(x => x.InseeCode == c.InseeCode && x.Kind == PartnershipKind.Clspd).Select(x => x.Name), partnership.Name),
                    Covering(coverage.Where(x => x.InseeCode == c.InseeCode && x.Kind == PartnershipKind.Cispd).Select(x => x.Name), partnership.Name),
                    c.OpposesCispd))
                .OrderByDescending(c => c.Commune?.Population ?? -1)
                .ThenBy(c => c.Insee, StringComparer.Ordinal)
                .ToList();
            var plenary = await lastPlenary.HandleAsync(partnershipId, ct) is { } held
                ? ParisTime.DateOf(held)
                : (DateOnly?)null;
            var facts = new ComplianceFacts(partnership.Kind, hasCoordinator, partnership.HasCddf, geography.CogYear, communes, new PlenaryFacts(today, plenary));
            return new ComplianceReport(partnershipId, partnership.Kind, today, geography.CogYear, new ObligationRules(options.Value, t).Evaluate(facts));
        }

        /// <summary>CISPDs that cannot sit because of the opposition of their communes: they make no CLSPD optional.</summary>
        private async Task<HashSet<Guid>> BlockedCispdsAsync(List<Guid> cispds, CancellationToken ct)
        {
            var members = await db.Set<PartnershipCommune>().AsNoTracking()
                .Where(c => cispds.Contains(c.PartnershipId))
                .Select(c => new { c.PartnershipId, c.InseeCode, c.OpposesCispd })
                .ToListAsync(ct);
            return members.GroupBy(m => m.PartnershipId)
                .Where(g => CispdOpposition.IsBlocked(
                    g.Select(m => (geography.FindCommune(m.InseeCode)?.Population ?? 0, m.OpposesCispd)), options.Value.Cispd.Share))
                .Select(g => g.Key)
                .ToHashSet();
        }

        /// <summary>The names of the covering partnerships, this one first.</summary>
        private static List<string> Covering(IEnumerable<string> names, string own) =>
            names.Distinct().OrderBy(n => n == own ? 0 : 1).ThenBy(n => n, StringComparer.Ordinal).ToList();
    }
}
