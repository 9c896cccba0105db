using Coprod.Web.Modules.Contract.Domain;
using Coprod.Web.Platform.Audit;
using Coprod.Web.Platform.Data;
using Coprod.Web.Platform.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Contract.Features.Commitments;

/// <summary>
/// « From the sheet's milestones »: the coordinator turns each milestone of a sheet not yet covered by a commitment (and not yet
/// done) into a commitment owed by the sheet's pilot, due on the milestone's date. 400 when the sheet has no pilot; the
/// commitments created are returned (none when every milestone is covered).
/// </summary>
public static class CreateSheetCommitments
{
    public sealed class Handler(CoprodDbContext db, CommitmentRules rules, AuditTrail audit, TimeProvider clock, IStringLocalizer<CommitmentText> t)
    {
        public async Task<Results<Ok<IReadOnlyList<CommitmentDto>>, ValidationProblem, ProblemHttpResult>> HandleAsync(Guid partnershipId, Guid contractId,
            Guid sheetId, Guid actorId, CancellationToken ct)
        {
            var sheet = await db.Set<ActionSheet>().AsNoTracking().Include(s => s.Milestones)
                .FirstOrDefaultAsync(s => s.Id == sheetId && s.ContractId == contractId && s.PartnershipId == partnershipId, ct);
            if (sheet is null)
            {
                return TypedResults.Problem(detail: t["Commitment_UnknownSheet"], statusCode: StatusCodes.Status404NotFound);
            }
            if (sheet.PilotInstitutionId is not { } pilot)
            {
                return TypedResults.ValidationProblem(Validation.Single("pilotInstitutionId", t["Commitment_SheetWithoutPilot"]));
            }
            var covered = await db.Set<Commitment>().Where(c => c.SheetId == sheetId && c.MilestoneId != null).Select(c => c.MilestoneId!.Value).ToListAsync(ct);
            var now = clock.GetUtcNow();
            var created = sheet.Milestones.Where(m => m.DoneOn is null && !covered.Contains(m.Id)).OrderBy(m => m.Position)
                .Select(m => CreateCommitment.New(partnershipId,
                    new CheckedCommitment(pilot, Text(sheet, m), m.DueOn, contractId, sheetId, m.Id, null), actorId, now))
                .ToList();
            if (created.Count > 0)
            {
                db.AddRange(created);
                await audit.SaveWithAuditAsync(ct, created.Select(c => CreateCommitment.Audit(c, actorId)).ToArray());
            }
            var ids = created.Select(c => c.Id).ToList();
            IReadOnlyList<CommitmentDto> dtos = ids.Count == 0 ? [] : await rules.ReadAsync(partnershipId, actorId, q => q.Where(c => ids.Contains(c.Id)), ct);
            return TypedResults.Ok(dtos);
        }

        private string Text(ActionSheet sheet, SheetMilestone milestone)
        {
            var text = t["Commitment_FromMilestone", sheet.Number, milestone.Label].Value;
            return text.Length <= ContractLimits.CommitmentText ? text : text[..(ContractLimits.CommitmentText - 1)] + "…";
        }
    }
}
