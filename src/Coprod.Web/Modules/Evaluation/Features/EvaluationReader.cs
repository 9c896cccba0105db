using Coprod.Web.Modules.Contract.Domain;
using Coprod.Web.Modules.Contract.Features;
using Coprod.Web.Modules.Directory.Domain;
using Coprod.Web.Modules.Evaluation.Domain;
using Coprod.Web.Modules.Partnerships.Domain;
using Coprod.Web.Modules.Territory.Domain;
using Coprod.Web.Platform;
using Coprod.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Coprod.Web.Modules.Evaluation.Features;

/// <summary>
/// Reads what the evaluation computes on: the partnership's contracts, the chosen contract's sheets with their
/// milestones and indicators, the indicators' values, the institutions' names and the communes. Reads only:
/// the evaluation never writes the contract's data.
/// </summary>
public sealed class EvaluationReader(CoprodDbContext db, TimeProvider clock, IGeography geography)
{
    public DateOnly Today => ParisTime.Today(clock);

    /// <summary>The partnership's contracts with their priorities, the latest first.</summary>
    public async Task<IReadOnlyList<LocalContract>> ContractsAsync(Guid partnershipId, CancellationToken ct) =>
        (await db.Set<LocalContract>().AsNoTracking().Include(c => c.Priorities).Where(c => c.PartnershipId == partnershipId).ToListAsync(ct))
            .OrderByDescending(c => c.StartsOn).ThenByDescending(c => c.CreatedAt).ToList();

    /// <summary>
    /// The contract asked for (null when it is not the partnership's), or by default the signed contract in force
    /// today, else the latest one (null when there is none).
    /// </summary>
    public static LocalContract? Pick(IReadOnlyList<LocalContract> contracts, Guid? contractId, DateOnly today) => contractId is { } id
        ? contracts.FirstOrDefault(c => c.Id == id)
        : contracts.FirstOrDefault(c => c.Status == ContractStatus.Signed && c.Covers(today)) ?? contracts.FirstOrDefault();

    /// <summary>The contract's sheets with milestones and indicators, by number.</summary>
    public async Task<IReadOnlyList<ActionSheet>> SheetsAsync(Guid contractId, CancellationToken ct) =>
        await db.Set<ActionSheet>().AsNoTracking().Include(s => s.Milestones).Include(s => s.Indicators)
            .Where(s => s.ContractId == contractId).OrderBy(s => s.Number).ToListAsync(ct);

    /// <summary>The recorded values of the given indicators (entered and computed), by indicator.</summary>
    public async Task<ILookup<Guid, RecordedValue>> ValuesAsync(Guid partnershipId, IEnumerable<Guid> indicatorIds, CancellationToken ct)
    {
        var ids = indicatorIds.ToList();
        var values = await db.Set<IndicatorValue>().AsNoTracking().Where(v => v.PartnershipId == partnershipId && ids.Contains(v.IndicatorId))
            .Select(v => new { v.IndicatorId, v.PeriodEnd, v.Value, v.RecordedAt }).ToListAsync(ct);
        return values.ToLookup(v => v.IndicatorId, v => new RecordedValue(v.PeriodEnd, v.Value, v.RecordedAt));
    }

    /// <summary>The partnership's institutions' names by id.</summary>
    public async Task<IReadOnlyDictionary<Guid, string>> InstitutionsAsync(Guid partnershipId, CancellationToken ct) =>
        await db.Set<Institution>().AsNoTracking().Where(i => i.PartnershipId == partnershipId).ToDictionaryAsync(i => i.Id, i => i.Name, ct);

    /// <summary>The partnership's communes (INSEE code and name), by name.</summary>
    public async Task<IReadOnlyList<CommuneChoice>> CommunesAsync(Guid partnershipId, CancellationToken ct) =>
        (await db.Set<PartnershipCommune>().AsNoTracking().Where(c => c.PartnershipId == partnershipId).Select(c => c.InseeCode).ToListAsync(ct))
            .Select(code => new CommuneChoice(code, geography.FindCommune(code)?.Name ?? code))
            .OrderBy(c => c.Name, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("fr-FR"), true))
            .ToList();

    /// <summary>The progress expected of a sheet today: the share elapsed of the contract's period, or up to its last milestone.</summary>
    public static double SheetExpected(LocalContract contract, ActionSheet sheet, DateOnly today) =>
        ExpectedProgress.At(contract.StartsOn, SheetEnd(contract, sheet), today);

    /// <summary>The end of the sheet's period (<see cref="ExpectedProgress.SheetEnd"/>).</summary>
    public static DateOnly SheetEnd(LocalContract contract, ActionSheet sheet) =>
        ExpectedProgress.SheetEnd(contract.StartsOn, contract.EndsOn, sheet.Milestones.Select(m => m.DueOn));

    /// <summary>The contract's header and figures.</summary>
    public static ContractSummary Summary(LocalContract c, IReadOnlyList<ActionSheet> sheets, DateOnly today) => new(
        c.Id, c.Kind, c.Title, c.Status, c.StartsOn, c.EndsOn, c.CurrentVersion, Math.Round(ExpectedProgress.At(c.StartsOn, c.EndsOn, today), 3),
        Enum.GetValues<SheetStatus>().Select(s => new StatusCount(s, sheets.Count(x => x.Status == s))).ToList(),
        sheets.Count(s => s.Status is SheetStatus.Adopted or SheetStatus.Completed), sheets.Count(s => s.Status == SheetStatus.Draft),
        sheets.Count(s => s.Status != SheetStatus.Abandoned && !SheetQuality.IsComplete(s)),
        sheets.Count(s => s.Status != SheetStatus.Abandoned && s.IsSingleInstitution));

    /// <summary>The choices of contract for a selector.</summary>
    public static IReadOnlyList<ContractChoice> Choices(IReadOnlyList<LocalContract> contracts) =>
        contracts.Select(c => new ContractChoice(c.Id, c.Title, c.Kind, c.Status, c.StartsOn, c.EndsOn)).ToList();
}

/// <summary>Why a computation could not be made; the endpoints answer 404 for an unknown contract, 400 otherwise.</summary>
public enum EvaluationError
{
    UnknownContract = 1,
    UnknownPriority = 2,
    UnknownCommune = 3,
    BadYear = 4,
}

/// <summary>A commune of the partnership, for the territory filter.</summary>
public sealed record CommuneChoice(string Insee, string Name);

/// <summary>A contract, for the contract selector.</summary>
public sealed record ContractChoice(Guid Id, string Title, ContractKind Kind, ContractStatus Status, DateOnly StartsOn, DateOnly EndsOn);

/// <summary>How many sheets have a status.</summary>
public sealed record StatusCount(SheetStatus Status, int Count);

/// <summary>
/// The contract's header and figures: kind, title, period, version in force, share of the period elapsed,
/// sheets by status, sheets « adoptées » (adopted or completed) against those still « brouillon », the sheets the precision
/// check (CLS-3) finds incomplete, and those carried by one institution alone (the « catalogue » symptom), abandoned ones apart.
/// </summary>
public sealed record ContractSummary(
    Guid Id, ContractKind Kind, string Title, ContractStatus Status, DateOnly StartsOn, DateOnly EndsOn, int Version, double Elapsed,
    IReadOnlyList<StatusCount> SheetsByStatus, int SheetsAdopted, int SheetsDraft, int SheetsToPrecise, int SingleInstitution);
