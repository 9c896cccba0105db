using Coprod.Web.Modules.Contract.Domain;
using Coprod.Web.Platform.Data;
using Coprod.Web.Platform.Localization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Contract.Features;

/// <summary>Loads contracts and sheets of a partnership and reads them as the caller sees them; gives the module's refusals.</summary>
public sealed class ContractReader(CoprodDbContext db, ContractAccess access, StrategyTaxonomy taxonomy, IStringLocalizer<ContractText> t, IStringLocalizer<UiText> ui)
{
    public DateOnly Today => access.Today;

    /// <summary>The contract with its signatories and priorities, tracked, or null when it is not this partnership's.</summary>
    public Task<LocalContract?> LoadContractAsync(Guid partnershipId, Guid contractId, CancellationToken ct, bool tracked = true)
    {
        var query = db.Set<LocalContract>().Include(c => c.Signatories).Include(c => c.Priorities).AsSplitQuery();
        return (tracked ? query : query.AsNoTracking()).FirstOrDefaultAsync(c => c.Id == contractId && c.PartnershipId == partnershipId, ct);
    }

    /// <summary>The sheets of a contract with their milestones, funding and indicators.</summary>
    public Task<List<ActionSheet>> LoadSheetsAsync(Guid contractId, CancellationToken ct, bool tracked = false)
    {
        var query = db.Set<ActionSheet>().Include(s => s.Milestones).Include(s => s.Funding).Include(s => s.Indicators).AsSplitQuery()
            .Where(s => s.ContractId == contractId);
        return (tracked ? query : query.AsNoTracking()).ToListAsync(ct);
    }

    /// <summary>The names of the partnership's institutions.</summary>
    public Task<Dictionary<Guid, string>> InstitutionsAsync(Guid partnershipId, CancellationToken ct) =>
        db.Set<Coprod.Web.Modules.Directory.Domain.Institution>().AsNoTracking().Where(i => i.PartnershipId == partnershipId).ToDictionaryAsync(i => i.Id, i => i.Name, ct);

    /// <summary>The sheet with its children, or null when it is not in this contract.</summary>
    public Task<ActionSheet?> LoadSheetAsync(Guid contractId, Guid sheetId, CancellationToken ct, bool tracked = true)
    {
        var query = db.Set<ActionSheet>().Include(s => s.Milestones).Include(s => s.Funding).Include(s => s.Indicators).AsSplitQuery();
        return (tracked ? query : query.AsNoTracking()).FirstOrDefaultAsync(s => s.Id == sheetId && s.ContractId == contractId, ct);
    }

    /// <summary>The references of the partnership (institutions, members, communes, areas, categories).</summary>
    public Task<ContractReferences> ReferencesAsync(Guid partnershipId, CancellationToken ct) => ContractReferences.LoadAsync(db, partnershipId, Today, ct);

    /// <summary>The sheet as read by <paramref name="seat"/>.</summary>
    public async Task<SheetDto> ToSheetDtoAsync(ActionSheet sheet, LocalContract contract, ContractAccess.Seat seat, CancellationToken ct) =>
        SheetDto.Of(sheet, contract, await ReferencesAsync(contract.PartnershipId, ct), seat, t);

    /// <summary>The sheet as read by <paramref name="seat"/>, with references already read.</summary>
    public SheetDto ToSheetDto(ActionSheet sheet, LocalContract contract, ContractReferences refs, ContractAccess.Seat seat) => SheetDto.Of(sheet, contract, refs, seat, t);

    /// <summary>The caller's seat, or the 403 to return.</summary>
    public async Task<(ContractAccess.Seat? Seat, ProblemHttpResult? Refusal)> SeatAsync(Guid partnershipId, Guid userId, bool manage, CancellationToken ct)
    {
        var seat = await access.SeatAsync(partnershipId, userId, ct);
        if (seat is null)
        {
            return (null, Forbidden("Forbidden_Member"));
        }
        return manage && !seat.IsCoordinator ? (null, Forbidden("Forbidden_Manage")) : (seat, null);
    }

    public ProblemHttpResult Forbidden(string key) =>
        TypedResults.Problem(title: t["Forbidden_Title"], detail: t[key], statusCode: StatusCodes.Status403Forbidden);

    public ProblemHttpResult Conflict(string key) =>
        TypedResults.Problem(title: t["Conflict_Title"], detail: t[key], statusCode: StatusCodes.Status409Conflict);

    public ProblemHttpResult NotFound(string key) =>
        TypedResults.Problem(detail: t[key], statusCode: StatusCodes.Status404NotFound);

    public ProblemHttpResult Concurrency() => Platform.Problems.CommonProblems.Concurrency(ui);

    /// <summary>The contract as read by <paramref name="seat"/>, with per-theme counts of its sheets.</summary>
    public async Task<ContractDto> ToDtoAsync(LocalContract c, ContractAccess.Seat seat, CancellationToken ct)
    {
        var refs = await ContractReferences.LoadAsync(db, c.PartnershipId, Today, ct);
        var sheets = await LoadSheetsAsync(c.Id, ct);
        var complete = sheets.Where(SheetQuality.IsComplete).Select(s => s.Id).ToHashSet();
        var manage = seat.IsCoordinator;
        var signatories = c.Signatories.OrderBy(s => s.Position).Select(s => new SignatoryDto(s.Id, s.Role, s.Label, s.InstitutionId, refs.Institution(s.InstitutionId),
            s.MembershipId, s.MembershipId is { } m && refs.Members.TryGetValue(m, out var name) ? name : null, s.SignedOn)).ToList();
        var priorities = c.Priorities.OrderBy(p => p.Position).Select(p =>
        {
            var own = sheets.Where(s => s.PriorityId == p.Id).ToList();
            return new PriorityDto(p.Id, p.Title, p.Description, [.. p.Tags], p.Tags.Select(taxonomy.Label).ToList(), own.Count, own.Count(s => complete.Contains(s.Id)),
                own.Count(s => s.IsSingleInstitution));
        }).ToList();
        var canSign = manage && c.Status == ContractStatus.Draft && signatories.Count > 0 && signatories.All(s => s.SignedOn is not null);
        return new ContractDto(c.Id, c.Kind, c.Title, c.StartsOn, c.EndsOn, c.DiagnosticReference, c.Status, c.CurrentVersion, signatories, priorities, sheets.Count,
            complete.Count, sheets.Count(s => s.IsSingleInstitution), manage, canSign, c.Version);
    }
}
