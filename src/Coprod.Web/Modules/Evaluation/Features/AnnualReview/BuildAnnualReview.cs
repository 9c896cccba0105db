using System.Globalization;
using Coprod.Web.Modules.Contract;
using Coprod.Web.Modules.Contract.Domain;
using Coprod.Web.Modules.Governance.Features;
using Coprod.Web.Platform.Data;
using Coprod.Web.Platform.Documents;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Evaluation.Features.AnnualReview;

/// <summary>
/// The yearly review (EVAL-3) of the contract covering a year, in French, as a <see cref="ReportDocument"/>:
/// the contract's summary, the sheets by theme with their quality and indicators, the year's commitments per
/// partner and who must answer, the partnership's health, the co-production index of the year, the sheets
/// flagged for review and the amendments it proposes (CLS-5). Figures are taken at the year's end, or today
/// for the current year; the sheets' evaluation and the health are those of today.
/// </summary>
public static class BuildAnnualReview
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public sealed class Handler(
        EvaluationReader reader, CoprodDbContext db, ComputeHealth.Handler health, EvaluateSheets.Handler evaluate, ComputeCoproduction.Handler coproduction,
        IStringLocalizer<EvaluationText> t, IStringLocalizer<ContractText> k)
    {
        /// <summary>The review of <paramref name="year"/>, or why not; <paramref name="progress"/> hears each step as it starts.</summary>
        public async Task<(ReportDocument? Document, AnnualReviewError? Error)> BuildAsync(Guid partnershipId, int year, CancellationToken ct = default,
            IProgress<AnnualReviewStep>? progress = null)
        {
            // The culture flows with this method's execution context only: the caller's is left as it was.
            CultureInfo.CurrentCulture = French;
            CultureInfo.CurrentUICulture = French;
            var today = reader.Today;
            var contracts = await reader.ContractsAsync(partnershipId, ct);
            if (contracts.Count == 0)
            {
                return (null, AnnualReviewError.NoContract);
            }
            var contract = Covering(contracts, year);
            if (contract is null || year > today.Year)
            {
                return (null, AnnualReviewError.BadYear);
            }
            var yearEnd = new DateOnly(year, 12, 31);
            var asOf = yearEnd < today ? yearEnd : today;

            progress?.Report(AnnualReviewStep.Sheets);
            var sheets = await reader.SheetsAsync(contract.Id, ct);
            var institutions = await reader.InstitutionsAsync(partnershipId, ct);
            var signatories = await db.Set<ContractSignatory>().AsNoTracking().Where(s => s.ContractId == contract.Id).OrderBy(s => s.Position).ToListAsync(ct);

            progress?.Report(AnnualReviewStep.Indicators);
            var values = await reader.ValuesAsync(partnershipId, sheets.SelectMany(s => s.Indicators).Select(i => i.Id), ct);
            var (evaluation, _) = await evaluate.ComputeAsync(partnershipId, contract.Id, ct);

            progress?.Report(AnnualReviewStep.Commitments);
            var commitments = (await db.Set<Commitment>().AsNoTracking().Include(c => c.Answers)
                    .Where(c => c.PartnershipId == partnershipId && (c.ContractId == contract.Id || c.ContractId == null)).ToListAsync(ct))
                .Where(c => c.DueOn.Year == year).ToList();
            var amendments = await db.Set<Amendment>().AsNoTracking()
                .Where(a => a.ContractId == contract.Id && a.Status == AmendmentStatus.Open).OrderBy(a => a.Number).ToListAsync(ct);
            var healthNow = await health.HandleAsync(partnershipId, ct);
            var (index, _) = await coproduction.ComputeAsync(partnershipId, contract.Id, year.ToString(CultureInfo.InvariantCulture), ct);

            progress?.Report(AnnualReviewStep.Layout);
            var data = new AnnualReviewData(year, asOf, contract, signatories, sheets, institutions, values, commitments, healthNow, evaluation!, index, amendments);
            var write = new AnnualReviewWriter(data, t, k);
            var document = new ReportDocument(t["Annual_Title", year], t["Annual_Subtitle", contract.Title, Dates.Long(asOf)], [
                .. write.Contract(), .. write.Sheets(), .. write.Commitments(), .. write.Health(), .. write.Coproduction(), .. write.Review()]);
            return (document, null);
        }

        /// <summary>The years a review can be built for: those of the partnership's contracts' periods, up to this year, latest first.</summary>
        public async Task<IReadOnlyList<int>> YearsAsync(Guid partnershipId, CancellationToken ct = default)
        {
            var today = reader.Today;
            return (await reader.ContractsAsync(partnershipId, ct))
                .SelectMany(c => Enumerable.Range(c.StartsOn.Year, Math.Max(0, Math.Min(c.EndsOn.Year, today.Year) - c.StartsOn.Year + 1)))
                .Distinct().OrderDescending().ToList();
        }

        /// <summary>The signed contract whose period meets the year, else the latest that does.</summary>
        private static LocalContract? Covering(IReadOnlyList<LocalContract> contracts, int year)
        {
            var meeting = contracts.Where(c => c.StartsOn.Year <= year && year <= c.EndsOn.Year).ToList();
            return meeting.FirstOrDefault(c => c.Status == ContractStatus.Signed) ?? meeting.FirstOrDefault();
        }
    }

    /// <summary>Dates as the review writes them.</summary>
    internal static class Dates
    {
        public static string Short(DateOnly d) => d.ToString("dd/MM/yyyy", French);

        public static string Long(DateOnly d) => d.ToString("d MMMM yyyy", French);
    }
}
