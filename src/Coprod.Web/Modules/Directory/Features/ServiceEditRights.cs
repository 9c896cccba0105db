using Coprod.Web.Modules.Directory.Domain;
using Coprod.Web.Modules.Partnerships.Domain;
using Coprod.Web.Platform;
using Coprod.Web.Platform.Auth;
using Coprod.Web.Platform.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Directory.Features;

/// <summary>
/// Who edits a service, its competences, presence and on-call rota: the coordinator for every
/// institution; any other contributing member only for the institution of their membership.
/// </summary>
/// <remarks>
/// Keeps out: field agents (they read the directory, PRODUCT.md roles), and a partner editing
/// another institution's services, which would let one institution speak for another. The
/// route already requires <see cref="CoprodPolicies.PartnershipContribute"/>; this is the per-record check.
/// </remarks>
public sealed class ServiceEditRights(CoprodDbContext db, TimeProvider clock, IStringLocalizer<DirectoryText> t)
{
    /// <summary>
    /// The service (tracked, with its territories) when it exists in the partnership and the person
    /// may edit it; otherwise the 404 or 403 problem.
    /// </summary>
    public async Task<(DirectoryService? Service, ProblemHttpResult? Problem)> FindEditableAsync(Guid partnershipId, Guid serviceId, Guid userId, CancellationToken ct)
    {
        var service = await db.Set<DirectoryService>().Include(s => s.Territories).FirstOrDefaultAsync(s => s.Id == serviceId && s.PartnershipId == partnershipId, ct);
        if (service is null)
        {
            return (null, DirectoryProblems.ServiceNotFound(t));
        }
        return await CanEditAsync(partnershipId, userId, service.InstitutionId, ct) ? (service, null) : (null, DirectoryProblems.NotYourInstitution(t));
    }

    public async Task<bool> CanEditAsync(Guid partnershipId, Guid userId, Guid institutionId, CancellationToken ct) =>
        await EditableInstitutionsAsync(partnershipId, userId, ct) is not { } editable || editable.Contains(institutionId);

    /// <summary>The institutions whose services the person may edit; null for all of them (the coordinator).</summary>
    public async Task<IReadOnlySet<Guid>?> EditableInstitutionsAsync(Guid partnershipId, Guid userId, CancellationToken ct)
    {
        var today = ParisTime.Today(clock);
        var seats = await db.Set<Membership>().AsNoTracking()
            .Where(Membership.ActiveOn(today)).Where(m => m.PartnershipId == partnershipId && m.UserId == userId)
            .Select(m => new { m.Role, m.InstitutionId })
            .ToListAsync(ct);
        if (seats.Any(s => CoprodPolicies.Managers.Contains(s.Role)))
        {
            return null;
        }
        return seats.Where(s => CoprodPolicies.Contributors.Contains(s.Role) && s.InstitutionId is not null).Select(s => s.InstitutionId!.Value).ToHashSet();
    }
}
