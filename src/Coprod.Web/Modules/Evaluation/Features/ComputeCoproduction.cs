using System.Globalization;
using Coprod.Web.Modules.Contract.Domain;
using Coprod.Web.Modules.Evaluation.Domain;
using Coprod.Web.Modules.Events.Domain;
using Coprod.Web.Modules.Governance.Domain;
using Coprod.Web.Platform;
using Coprod.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Coprod.Web.Modules.Evaluation.Features;

/// <summary>
/// The co-production index (EVAL-4), per partner institution and per calendar year of the contract's period
/// (up to this year), or for one <c>year</c>. For each institution and year, from the data:
/// (a) the sheets of the contract (adopted or completed, created by the year's end) it pilots or co-carries,
/// and how many of them are carried with at least one other institution;
/// (b) its commitments due that year up to today, abandoned ones apart, and how many were kept on time;
/// (c) the events it reported that year plus the indicator values it entered, against the median contributor;
/// (d) its invitations to the meetings held that year whose attendance was recorded, and how many it attended
/// (present or represented). The score (<see cref="CoproductionScore"/>) is the mean of the available components × 100.
/// Institutions that have no component in any year are left out. Without a contract, only (c) and (d) are
/// available, for the year asked or this year.
/// </summary>
public static class ComputeCoproduction
{
    public sealed record YearScore(int Year, CoproductionCounts Counts, CoproductionScore Score);

    public sealed record InstitutionIndex(Guid Id, string Name, IReadOnlyList<YearScore> Years);

    public sealed record Response(
        DateOnly Today, ContractSummary? Contract, IReadOnlyList<ContractChoice> Contracts, IReadOnlyList<int> Years, IReadOnlyList<InstitutionIndex> Institutions);

    /// <summary>The earliest year asked of a partnership without a contract.</summary>
    public const int FirstYear = 2000;

    public sealed class Handler(EvaluationReader reader, CoprodDbContext db, TimeProvider clock)
    {
        /// <summary>The index of the contract asked for (default: the one in force, else the latest), for one year or all; or why not.</summary>
        public async Task<(Response? Value, EvaluationError? Error)> ComputeAsync(Guid partnershipId, Guid? contractId, string? year, CancellationToken ct = default)
        {
            var today = reader.Today;
            var contracts = await reader.ContractsAsync(partnershipId, ct);
            var contract = EvaluationReader.Pick(contracts, contractId, today);
            if (contractId is not null && contract is null)
            {
                return (null, EvaluationError.UnknownContract);
            }
            var (first, last) = contract is null ? (FirstYear, today.Year) : (contract.StartsOn.Year, contract.EndsOn.Year);
            List<int> years;
            if (!string.IsNullOrWhiteSpace(year))
            {
                if (!int.TryParse(year.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var y) || y < first || y > last)
                {
                    return (null, EvaluationError.BadYear);
                }
                years = [y];
            }
            else
            {
                years = contract is null ? [today.Year] : Enumerable.Range(first, Math.Max(0, Math.Min(last, today.Year) - first + 1)).ToList();
            }

            var institutions = await reader.InstitutionsAsync(partnershipId, ct);
            var all = contract is null ? [] : await reader.SheetsAsync(contract.Id, ct);
            var sheets = all.Where(s => s.Status is SheetStatus.Adopted or SheetStatus.Completed).ToList();
            var commitments = contract is null ? [] : await db.Set<Commitment>().AsNoTracking()
                .Where(c => c.PartnershipId == partnershipId && (c.ContractId == contract.Id || c.ContractId == null) && c.Status != CommitmentStatus.Abandoned)
                .Select(c => new { c.InstitutionId, c.DueOn, c.Status, c.DoneOn }).ToListAsync(ct);
            var entered = await db.Set<IndicatorValue>().AsNoTracking()
                .Where(v => v.PartnershipId == partnershipId && v.Origin == ValueOrigin.Entered && v.InstitutionId != null)
                .Select(v => new { Institution = v.InstitutionId!.Value, v.RecordedAt }).ToListAsync(ct);
            var now = clock.GetUtcNow();
            var meetings = (await db.Set<Meeting>().AsNoTracking().Include(m => m.Invitees).Where(m => m.PartnershipId == partnershipId).ToListAsync(ct))
                .Where(m => !m.IsCancelled && m.StartsAt <= now).ToList();

            var perYear = new Dictionary<int, Dictionary<Guid, CoproductionCounts>>();
            foreach (var y in years)
            {
                var events = await EventsAsync(partnershipId, y, ct);
                var contributions = institutions.Keys.ToDictionary(i => i,
                    i => events.GetValueOrDefault(i) + entered.Count(v => v.Institution == i && ParisTime.DateOf(v.RecordedAt).Year == y));
                var median = CoproductionScore.MedianContributor(contributions.Values);
                var yearEnd = ParisTime.FromLocal(new DateTime(y + 1, 1, 1));
                var carried = sheets.Where(s => s.CreatedAt < yearEnd)
                    .Select(s => new HashSet<Guid>(s.CoPartnerIds.Append(s.PilotInstitutionId ?? Guid.Empty).Where(g => g != Guid.Empty))).ToList();
                var invitations = meetings.Where(m => ParisTime.DateOf(m.StartsAt).Year == y)
                    .SelectMany(m => m.Invitees).Where(v => v.InstitutionId is not null && v.Attendance is not null).ToList();
                perYear[y] = institutions.Keys.ToDictionary(i => i, i =>
                {
                    var mine = carried.Where(c => c.Contains(i)).ToList();
                    var due = commitments.Where(c => c.InstitutionId == i && c.DueOn.Year == y && c.DueOn <= today).ToList();
                    var invited = invitations.Where(v => v.InstitutionId == i).ToList();
                    return new CoproductionCounts(mine.Count, mine.Count(c => c.Count >= 2), due.Count,
                        due.Count(c => c.Status == CommitmentStatus.Done && c.DoneOn <= c.DueOn), contributions[i], median,
                        invited.Count, invited.Count(v => v.Attendance is Attendance.Present or Attendance.Represented));
                });
            }

            var rows = institutions
                .Select(i => new InstitutionIndex(i.Key, i.Value, years.Select(y => new YearScore(y, perYear[y][i.Key], CoproductionScore.Of(perYear[y][i.Key]))).ToList()))
                .Where(r => r.Years.Any(y => y.Score.Index is not null))
                .OrderByDescending(r => r.Years.LastOrDefault()?.Score.Index ?? -1).ThenBy(r => r.Name, StringComparer.Ordinal)
                .ToList();
            var summary = contract is null ? null : EvaluationReader.Summary(contract, all, today);
            return (new Response(today, summary, EvaluationReader.Choices(contracts), years, rows), null);
        }

        // Counted in the database: a partnership reports thousands of events a year.
        private async Task<Dictionary<Guid, int>> EventsAsync(Guid partnershipId, int year, CancellationToken ct)
        {
            var from = ParisTime.FromLocal(new DateTime(year, 1, 1)).ToUniversalTime();
            var to = ParisTime.FromLocal(new DateTime(year + 1, 1, 1)).ToUniversalTime();
            return await db.Set<SafetyEvent>().AsNoTracking()
                .Where(e => e.PartnershipId == partnershipId && e.ReportedAt >= from && e.ReportedAt < to)
                .GroupBy(e => e.ReportingInstitutionId)
                .Select(g => new { g.Key, Count = g.Count() })
                .ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        }
    }
}
