using Coprod.Web.Modules.Contract.Domain;
using Coprod.Web.Modules.Evaluation.Domain;
using Coprod.Web.Modules.Governance.Features;
using Coprod.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Coprod.Web.Modules.Evaluation.Features;

/// <summary>
/// The technical follow-up group's dashboard (EVAL-1) for one contract (by default the signed contract in
/// force, else the latest): the contract's summary; per theme and sheet, its execution and result indicators'
/// figures (<see cref="IndicatorFigures"/>); commitments kept on time per partner institution; the late
/// commitments and who must answer; the partnership's health (<see cref="ComputeHealth"/>). Filters: a
/// priority (theme) and a commune (sheets whose communes include it, or that cover the whole territory).
/// </summary>
public static class GetDashboard
{
    public sealed record Query(Guid? ContractId = null, Guid? PriorityId = null, string? Commune = null);

    public sealed record IndicatorCard(Guid Id, IndicatorKind Kind, string Name, string Unit, string Source, IndicatorFigures Figures);

    public sealed record SheetCard(
        Guid Id, int Number, string Title, SheetStatus Status, string? Pilot, IReadOnlyList<string> Communes, double Expected,
        IReadOnlyList<IndicatorCard> Execution, IReadOnlyList<IndicatorCard> Results);

    public sealed record ThemeCard(Guid Id, string Title, IReadOnlyList<SheetCard> Sheets);

    /// <summary>
    /// A partner's commitments due so far (due on or before today): kept on time, kept late, late and still open,
    /// abandoned; <see cref="Rate"/> = kept on time / (due so far − abandoned), null when nothing is due.
    /// </summary>
    public sealed record PartnerCommitments(Guid InstitutionId, string Name, int DueSoFar, int KeptOnTime, int KeptLate, int LateOpen, int Abandoned, double? Rate);

    /// <summary>An overdue commitment and where its escalation stands: « qui doit répondre ».</summary>
    public sealed record LateItem(
        Guid CommitmentId, string Text, Guid InstitutionId, string Institution, int? SheetNumber, DateOnly DueOn, int DaysLate,
        DateTimeOffset? FormalReminderSentAt, DateTimeOffset? PlenaryListedAt, bool Answered);

    public sealed record HealthSummary(DateOnly From, DateOnly To, double? AttendanceRate, int BodiesOnTrack, int ActiveBodies);

    public sealed record Response(
        DateOnly Today, ContractSummary? Contract, IReadOnlyList<ContractChoice> Contracts, IReadOnlyList<ContractPriorityChoice> Priorities,
        IReadOnlyList<CommuneChoice> Communes, Guid? PriorityId, string? Commune, IReadOnlyList<ThemeCard> Themes,
        IReadOnlyList<PartnerCommitments> Commitments, IReadOnlyList<LateItem> Late, HealthSummary Health);

    /// <summary>A priority of the contract, for the theme filter.</summary>
    public sealed record ContractPriorityChoice(Guid Id, string Title);

    public sealed class Handler(EvaluationReader reader, CoprodDbContext db, ComputeHealth.Handler health)
    {
        /// <summary>The dashboard, or why not (unknown contract, priority or commune).</summary>
        public async Task<(Response? Value, EvaluationError? Error)> ComputeAsync(Guid partnershipId, Query q, CancellationToken ct = default)
        {
            var today = reader.Today;
            var contracts = await reader.ContractsAsync(partnershipId, ct);
            var contract = EvaluationReader.Pick(contracts, q.ContractId, today);
            if (q.ContractId is not null && contract is null)
            {
                return (null, EvaluationError.UnknownContract);
            }
            if (q.PriorityId is { } pid && contract?.Priorities.Any(p => p.Id == pid) != true)
            {
                return (null, EvaluationError.UnknownPriority);
            }
            var communes = await reader.CommunesAsync(partnershipId, ct);
            var commune = string.IsNullOrWhiteSpace(q.Commune) ? null : q.Commune.Trim();
            if (commune is not null && communes.All(c => c.Insee != commune))
            {
                return (null, EvaluationError.UnknownCommune);
            }
            var h = await health.HandleAsync(partnershipId, ct);
            var healthSummary = new HealthSummary(h.From, h.To, h.AttendanceRate, h.BodiesOnTrack, h.ActiveBodies);
            if (contract is null)
            {
                return (new Response(today, null, [], [], communes, null, commune, [], [], [], healthSummary), null);
            }

            var institutions = await reader.InstitutionsAsync(partnershipId, ct);
            var all = await reader.SheetsAsync(contract.Id, ct);
            var sheets = all.Where(s => s.Status != SheetStatus.Abandoned)
                .Where(s => q.PriorityId is null || s.PriorityId == q.PriorityId)
                .Where(s => commune is null || s.Communes.Count == 0 || s.Communes.Contains(commune))
                .ToList();
            var values = await reader.ValuesAsync(partnershipId, sheets.SelectMany(s => s.Indicators).Select(i => i.Id), ct);
            var themes = contract.Priorities.OrderBy(p => p.Position)
                .Select(p => new ThemeCard(p.Id, p.Title, sheets.Where(s => s.PriorityId == p.Id).Select(s => Card(contract, s, values, institutions, today)).ToList()))
                .Where(t => t.Sheets.Count > 0)
                .ToList();

            var filtered = q.PriorityId is not null || commune is not null;
            var sheetIds = sheets.Select(s => s.Id).ToHashSet();
            var commitments = (await db.Set<Commitment>().AsNoTracking().Include(c => c.Answers)
                    .Where(c => c.PartnershipId == partnershipId && (c.ContractId == contract.Id || c.ContractId == null)).ToListAsync(ct))
                .Where(c => filtered ? c.SheetId is { } s && sheetIds.Contains(s) : c.SheetId is null || all.Any(x => x.Id == c.SheetId))
                .ToList();
            var numbers = all.ToDictionary(s => s.Id, s => s.Number);
            string Name(Guid id) => institutions.GetValueOrDefault(id, "");
            var late = commitments.Where(c => c.DaysLate(today) > 0)
                .Select(c => new LateItem(c.Id, c.Text, c.InstitutionId, Name(c.InstitutionId), c.SheetId is { } s ? numbers.GetValueOrDefault(s) : null, c.DueOn,
                    c.DaysLate(today), c.FormalReminderSentAt, c.PlenaryListedAt, c.Answers.Count > 0))
                .OrderByDescending(l => l.DaysLate).ThenBy(l => l.Institution, StringComparer.Ordinal).ToList();
            var byPartner = commitments.GroupBy(c => c.InstitutionId).Select(g => Kept(g.Key, Name(g.Key), g, today))
                .OrderBy(p => p.Rate ?? 2).ThenBy(p => p.Name, StringComparer.Ordinal).ToList();

            return (new Response(today, EvaluationReader.Summary(contract, all, today), EvaluationReader.Choices(contracts),
                contract.Priorities.OrderBy(p => p.Position).Select(p => new ContractPriorityChoice(p.Id, p.Title)).ToList(),
                communes, q.PriorityId, commune, themes, byPartner, late, healthSummary), null);
        }

        private static SheetCard Card(LocalContract contract, ActionSheet s, ILookup<Guid, RecordedValue> values, IReadOnlyDictionary<Guid, string> institutions, DateOnly today)
        {
            var expected = Math.Round(EvaluationReader.SheetExpected(contract, s, today), 3);
            IReadOnlyList<IndicatorCard> Cards(IndicatorKind kind) => s.Indicators.Where(i => i.Kind == kind).OrderBy(i => i.Position)
                .Select(i => new IndicatorCard(i.Id, i.Kind, i.Name, i.Unit, i.Source, IndicatorFigures.Compute(i.Baseline, i.Target, values[i.Id], expected)))
                .ToList();
            var pilot = s.PilotInstitutionId is { } p ? institutions.GetValueOrDefault(p) : null;
            return new SheetCard(s.Id, s.Number, s.Title, s.Status, pilot, s.Communes, expected, Cards(IndicatorKind.Execution), Cards(IndicatorKind.Result));
        }

        /// <summary>The partner's commitments kept on time, among those due on or before <paramref name="today"/>.</summary>
        public static PartnerCommitments Kept(Guid institutionId, string name, IEnumerable<Commitment> commitments, DateOnly today)
        {
            var due = commitments.Where(c => c.DueOn <= today).ToList();
            var onTime = due.Count(c => c.KeptOnTime);
            var abandoned = due.Count(c => c.Status == CommitmentStatus.Abandoned);
            var counted = due.Count - abandoned;
            return new PartnerCommitments(institutionId, name, due.Count, onTime, due.Count(c => c.Status == CommitmentStatus.Done && !c.KeptOnTime),
                due.Count(c => c.DaysLate(today) > 0), abandoned, counted == 0 ? null : Math.Round((double)onTime / counted, 3));
        }
    }
}
