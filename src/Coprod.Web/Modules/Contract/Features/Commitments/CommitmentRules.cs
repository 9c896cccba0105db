using Coprod.Web.Modules.Contract.Domain;
using Coprod.Web.Modules.Directory.Domain;
using Coprod.Web.Platform;
using Coprod.Web.Platform.Data;
using Coprod.Web.Platform.Localization;
using Coprod.Web.Platform.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Coprod.Web.Modules.Contract.Features.Commitments;

/// <summary>The checks of a commitment's fields, the refusals, and the reading of commitments as one caller sees them.</summary>
public sealed class CommitmentRules(CoprodDbContext db, ContractAccess access, TimeProvider clock, IOptions<CommitmentReminderOptions> options,
    IStringLocalizer<CommitmentText> t, IStringLocalizer<UiText> ui)
{
    /// <summary>Today in Paris: a commitment due yesterday is late from midnight, Paris time.</summary>
    public DateOnly Today => ParisTime.Today(clock);

    public ProblemHttpResult NotFound() => TypedResults.Problem(detail: t["Commitment_NotFound"], statusCode: StatusCodes.Status404NotFound);

    public ProblemHttpResult Forbidden(string key) => TypedResults.Problem(detail: t[key], statusCode: StatusCodes.Status403Forbidden);

    /// <summary>
    /// Checks the institution (of the partnership), the text, the links (a contract of the partnership, a sheet of that contract,
    /// a milestone of that sheet), the due date (the milestone's by default; inside the contract's period when linked) and the
    /// owner (a person of the directory in post).
    /// </summary>
    public async Task<(Validation Validation, CheckedCommitment? Fields)> CheckAsync(Guid partnershipId, CommitmentFields f, CancellationToken ct)
    {
        var v = new Validation();
        var text = f.Text?.Trim() ?? "";
        v.Check(text.Length > 0, "text", ui["Validation_Required"]);
        v.Check(text.Length <= ContractLimits.CommitmentText, "text", ui["Validation_TooLong", ContractLimits.CommitmentText]);
        if (f.InstitutionId is not { } institutionId)
        {
            v.Add("institutionId", ui["Validation_Required"]);
        }
        else
        {
            v.Check(await db.Set<Institution>().AnyAsync(i => i.Id == institutionId && i.PartnershipId == partnershipId, ct), "institutionId",
                t["Commitment_UnknownInstitution"]);
        }
        if (f.OwnerPersonId is { } personId)
        {
            v.Check(await db.Set<DirectoryPerson>().AnyAsync(p => p.Id == personId && p.PartnershipId == partnershipId && p.EndsOn == null, ct),
                "ownerPersonId", t["Commitment_UnknownPerson"]);
        }
        var contractId = f.ContractId;
        ActionSheet? sheet = null;
        if (f.SheetId is { } sheetId)
        {
            sheet = await db.Set<ActionSheet>().AsNoTracking().Include(s => s.Milestones)
                .FirstOrDefaultAsync(s => s.Id == sheetId && s.PartnershipId == partnershipId, ct);
            if (sheet is null || (contractId is { } c && c != sheet.ContractId))
            {
                v.Add("sheetId", t["Commitment_UnknownSheet"]);
            }
            contractId ??= sheet?.ContractId;
        }
        var dueOn = f.DueOn;
        if (f.MilestoneId is { } milestoneId)
        {
            var milestone = sheet?.Milestones.FirstOrDefault(m => m.Id == milestoneId);
            v.Check(milestone is not null, "milestoneId", t["Commitment_UnknownMilestone"]);
            dueOn ??= milestone?.DueOn;
        }
        v.Check(dueOn is not null, "dueOn", ui["Validation_Required"]);
        if (contractId is { } id)
        {
            var contract = await db.Set<LocalContract>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == id && x.PartnershipId == partnershipId, ct);
            if (contract is null)
            {
                v.Add("contractId", t["Commitment_UnknownContract"]);
            }
            else if (dueOn is { } day && !contract.Covers(day))
            {
                v.Add("dueOn", t["Commitment_DueOutsideContract", contract.StartsOn.ToString("dd/MM/yyyy"), contract.EndsOn.ToString("dd/MM/yyyy")]);
            }
        }
        return v.IsValid
            ? (v, new CheckedCommitment(f.InstitutionId!.Value, text, dueOn!.Value, contractId, f.SheetId, f.MilestoneId, f.OwnerPersonId))
            : (v, null);
    }

    /// <summary>The partnership's commitments matching <paramref name="filter"/>, with names and the caller's rights, late first.</summary>
    public async Task<List<CommitmentDto>> ReadAsync(Guid partnershipId, Guid userId, Func<IQueryable<Commitment>, IQueryable<Commitment>> filter,
        CancellationToken ct)
    {
        var commitments = await filter(db.Set<Commitment>().AsNoTracking().Include(c => c.Answers).Where(c => c.PartnershipId == partnershipId))
            .ToListAsync(ct);
        if (commitments.Count == 0)
        {
            return [];
        }
        var seat = await access.SeatAsync(partnershipId, userId, ct);
        var names = await CommitmentNames.LoadAsync(db, partnershipId, commitments, ct);
        var today = Today;
        var plenaryAfter = options.Value.PlenaryAfterDays;
        return commitments.Select(c =>
            {
                var sheet = c.SheetId is { } s ? names.Sheets.GetValueOrDefault(s) : null;
                var awaiting = c.IsOpen && c.PlenaryMeetingId is null && c.FormalReminderSentAt is { } formal
                    && ParisTime.DateOf(formal).AddDays(plenaryAfter) <= today;
                return new CommitmentDto(c.Id, c.ContractId, c.SheetId, sheet?.Number, sheet?.Title, c.MilestoneId,
                    c.MilestoneId is { } m ? names.Milestones.GetValueOrDefault(m) : null, c.InstitutionId, names.Institution(c.InstitutionId),
                    c.OwnerPersonId, c.OwnerPersonId is { } p ? names.People.GetValueOrDefault(p) : null, c.Text, c.DueOn, c.Status, c.DoneOn,
                    c.DaysLate(today), c.IsOpen && c.DueOn >= today ? c.DueOn.DayNumber - today.DayNumber : null, c.ReminderSentAt, c.FormalReminderSentAt,
                    c.PlenaryMeetingId, c.PlenaryMeetingId is { } meeting ? names.Meetings.GetValueOrDefault(meeting) : null, c.PlenaryListedAt, awaiting,
                    c.Answers.OrderBy(a => a.At).Select(a => new CommitmentAnswerDto(a.Id, a.Text, names.Authors.GetValueOrDefault(a.AuthorId, "—"),
                        a.InstitutionId is { } i ? names.Institution(i) : null, a.At)).ToList(),
                    seat?.ActsFor(c.InstitutionId) == true, seat?.Institutions.Contains(c.InstitutionId) == true, seat?.IsCoordinator == true, c.Version);
            })
            .OrderByDescending(c => c.DaysLate).ThenBy(c => c.Status).ThenBy(c => c.DueOn).ThenBy(c => c.InstitutionName, StringComparer.CurrentCulture)
            .ToList();
    }

    /// <summary>One commitment as the caller reads it.</summary>
    public async Task<CommitmentDto> ReadOneAsync(Guid partnershipId, Guid userId, Guid id, CancellationToken ct) =>
        (await ReadAsync(partnershipId, userId, q => q.Where(c => c.Id == id), ct)).Single();
}
