using Coprod.Web.Modules.Confidential.Domain;
using Coprod.Web.Modules.Confidential.Features.Groups;
using Coprod.Web.Modules.Confidential.Protection;
using Coprod.Web.Modules.Partnerships.Domain;
using Coprod.Web.Platform;
using Coprod.Web.Platform.Audit;
using Coprod.Web.Platform.Data;
using Coprod.Web.Platform.Localization;
using Coprod.Web.Platform.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Confidential.Features.Coordinations;

/// <summary>
/// Tells the mayor something about a case of a coordination (L121-6-2) beyond « coordination is needed »,
/// by an entitled member of that coordination, only with a « stricte nécessité » justification: text and
/// justification sealed for the case, one disclosure per current president of the partnership, audited.
/// A working group (L132-5) passes nothing to third parties: no such route for its cases (404).
/// </summary>
public static class MakeDisclosure
{
    public sealed record Request(string? Text, string? Justification);

    public sealed record Made(IReadOnlyList<Guid> Ids, DateTimeOffset At, int Recipients);

    /// <summary>A justification shorter than this says nothing of the necessity.</summary>
    public const int MinJustification = 20;

    public sealed class Handler(CoprodDbContext db, ConfidentialAccess access, ConfidentialCipher cipher, GroupManagers managers, AuditTrail audit,
        IStringLocalizer<GroupsText> t, IStringLocalizer<UiText> ui, TimeProvider clock)
    {
        public async Task<Results<Created<Made>, ValidationProblem, ProblemHttpResult>> HandleAsync(Guid partnershipId, Guid caseId, Request r, Guid userId,
            CancellationToken ct)
        {
            if (await access.CaseAsync(partnershipId, caseId, userId, ct) is not { } found || found.Seat.Group.Channel != SharingChannel.SharedSecret)
            {
                return managers.NotFound();
            }
            var v = new Validation();
            if (string.IsNullOrWhiteSpace(r.Text))
            {
                v.Add("text", ui["Validation_Required"]);
            }
            else if (r.Text.Trim().Length > ConfidentialLimits.Text)
            {
                v.Add("text", ui["Validation_TooLong", ConfidentialLimits.Text]);
            }
            var justification = r.Justification?.Trim() ?? "";
            v.Check(justification.Length >= MinJustification, "justification", t["Disclosure_JustificationShort", MinJustification]);
            v.Check(justification.Length <= ConfidentialLimits.Text, "justification", ui["Validation_TooLong", ConfidentialLimits.Text]);
            var today = ParisTime.Today(clock);
            var presidents = await db.Set<Membership>().AsNoTracking().Where(Membership.ActiveOn(today))
                .Where(m => m.PartnershipId == partnershipId && m.Role == PartnershipRole.President).Select(m => m.UserId).Distinct().ToListAsync(ct);
            v.Check(presidents.Count > 0, "", t["Disclosure_NoPresident"]);
            if (!v.IsValid)
            {
                return TypedResults.ValidationProblem(v.Errors);
            }
            var now = clock.GetUtcNow();
            var content = new DisclosureContent(r.Text!.Trim(), justification);
            var disclosures = presidents.Select(p => new Disclosure
            {
                Id = Guid.NewGuid(),
                CaseId = caseId,
                ToUserId = p,
                ByUserId = userId,
                At = now,
                SealedContent = cipher.Seal(caseId, content),
            }).ToList();
            db.AddRange(disclosures);
            await audit.SaveWithAuditAsync(ct, new AuditEntry(AuditEventType.ConfidentialDisclosureMade, partnershipId, userId, "ConfidentialCase", caseId.ToString(),
                new { groupId = found.Seat.Group.Id, disclosureIds = disclosures.Select(d => d.Id).ToList() }));
            return TypedResults.Created($"/api/v1/partnerships/{partnershipId}/confidential/disclosures",
                new Made(disclosures.Select(d => d.Id).ToList(), now, disclosures.Count));
        }
    }
}
