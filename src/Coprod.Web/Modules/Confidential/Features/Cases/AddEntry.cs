using Coprod.Web.Modules.Confidential.Domain;
using Coprod.Web.Modules.Confidential.Protection;
using Coprod.Web.Platform;
using Coprod.Web.Platform.Audit;
using Coprod.Web.Platform.Data;
using Coprod.Web.Platform.Localization;
using Coprod.Web.Platform.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Confidential.Features.Cases;

/// <summary>
/// Adds an entry to an active case (CONF-2, CONF-7): an action, a piece of information, a short note (only when
/// the charter allows notes) or how the family was informed. Its category must be one the charter in force allows;
/// a sensitive category (health, offences) needs a justification. The content is sealed; the audit and the mail to
/// the other members say only that something was added.
/// </summary>
public static class AddEntry
{
    public const int JustificationMin = 20;

    public sealed record Request(EntryKind? Kind, InformationCategory? Category, string? Text, DateOnly? StartsOn = null, DateOnly? EndsOn = null,
        string? Result = null, string? Justification = null, DateOnly? InformedOn = null, Guid? InformedBy = null, InformedHow? How = null);

    public sealed class Handler(CoprodDbContext db, ActiveCases cases, ConfidentialCipher cipher, AuditTrail audit, CaseNotifier notifier, CaseNames names,
        TimeProvider clock, IStringLocalizer<CasesText> t, IStringLocalizer<UiText> ui)
    {
        public async Task<Results<Created<EntryDto>, ValidationProblem, ProblemHttpResult>> HandleAsync(Guid partnershipId, Guid caseId, Request r, Guid userId,
            CancellationToken ct)
        {
            var (active, denied) = await cases.LoadAsync(partnershipId, caseId, userId, ct);
            if (active is null)
            {
                return denied!;
            }
            var (seat, found) = active;
            var v = new Validation();
            var content = await CheckAsync(v, r, seat, ct);
            if (!v.IsValid || content is null)
            {
                return TypedResults.ValidationProblem(v.Errors);
            }
            var category = r.Category ?? InformationCategory.FamilySituation;
            var entry = new CaseEntry
            {
                Id = Guid.NewGuid(),
                CaseId = caseId,
                Kind = r.Kind!.Value,
                Category = category,
                AuthorUserId = userId,
                CreatedAt = clock.GetUtcNow(),
                SealedContent = cipher.Seal(caseId, content),
            };
            db.Add(entry);
            await audit.SaveWithAuditAsync(ct, new AuditEntry(AuditEventType.ConfidentialEntryAdded, partnershipId, userId, "ConfidentialCase", caseId.ToString(),
                new { groupId = found.GroupId, entryId = entry.Id, kind = entry.Kind.ToString(), category = category.ToString() }));
            await notifier.NotifyAsync(seat.Group, userId, ct);
            var people = await names.OfAsync(content.InformedBy is { } by ? [userId, by] : [userId], ct);
            return TypedResults.Created($"/api/v1/partnerships/{partnershipId}/confidential/cases/{caseId}",
                new EntryDto(entry.Id, entry.Kind, category, userId, people[userId], entry.CreatedAt, content, content.InformedBy is { } b ? people[b] : null));
        }

        private async Task<EntryContent?> CheckAsync(Validation v, Request r, ConfidentialAccess.Seat seat, CancellationToken ct)
        {
            if (r.Kind is not { } kind || !Enum.IsDefined(kind))
            {
                v.Add("kind", ui["Validation_Required"]);
                return null;
            }
            var category = r.Category ?? (kind == EntryKind.FamilyInformed ? InformationCategory.FamilySituation : null);
            if (category is not { } c || !Enum.IsDefined(c))
            {
                v.Add("category", ui["Validation_Required"]);
            }
            else if (!seat.Charter.Categories.Contains(c))
            {
                v.Add("category", t["Entry_CategoryNotInCharter"]);
            }
            var justification = CaseRules.Clean(r.Justification);
            if (category is { } sensitive && sensitive.IsSensitive())
            {
                v.Check(justification is { Length: >= JustificationMin }, "justification", t["Entry_JustificationRequired", JustificationMin]);
            }
            v.Check((justification?.Length ?? 0) <= ConfidentialLimits.Text, "justification", t["Case_TooLong", ConfidentialLimits.Text]);
            var text = CaseRules.Clean(r.Text);
            var today = ParisTime.Today(clock);
            switch (kind)
            {
                case EntryKind.Action:
                    Text(v, text, ConfidentialLimits.Text, required: true);
                    v.Check(r.StartsOn is not null, "startsOn", ui["Validation_Required"]);
                    v.Check(r.EndsOn is null || r.StartsOn is null || r.EndsOn >= r.StartsOn, "endsOn", t["Entry_EndsBeforeStarts"]);
                    v.Check((CaseRules.Clean(r.Result)?.Length ?? 0) <= ConfidentialLimits.Text, "result", t["Case_TooLong", ConfidentialLimits.Text]);
                    return new EntryContent(text ?? "", r.StartsOn, r.EndsOn, CaseRules.Clean(r.Result), justification);
                case EntryKind.Information:
                    Text(v, text, ConfidentialLimits.Text, required: true);
                    return new EntryContent(text ?? "", Justification: justification);
                case EntryKind.Note:
                    if (!seat.Charter.NotesAllowed)
                    {
                        v.Add("kind", t["Entry_NotesDisabled"]);
                        return null;
                    }
                    Text(v, text, ConfidentialLimits.Note, required: true);
                    return new EntryContent(text ?? "", Justification: justification);
                default:
                    v.Check(r.InformedOn is not null, "informedOn", ui["Validation_Required"]);
                    v.Check(r.InformedOn is null || r.InformedOn <= today, "informedOn", t["Case_DateFuture"]);
                    v.Check(r.How is { } how && Enum.IsDefined(how), "how", ui["Validation_Required"]);
                    v.Check(r.InformedBy is { } by && await db.Set<GroupMember>().AnyAsync(m => m.GroupId == seat.Group.Id && m.UserId == by && m.EndedAt == null, ct),
                        "informedBy", t["Entry_InformedBy"]);
                    Text(v, text, ConfidentialLimits.Text, required: false);
                    return new EntryContent(text ?? "", Justification: justification, InformedOn: r.InformedOn, InformedBy: r.InformedBy, How: r.How);
            }
        }

        private void Text(Validation v, string? text, int max, bool required)
        {
            v.Check(!required || text is not null, "text", ui["Validation_Required"]);
            v.Check((text?.Length ?? 0) <= max, "text", t["Case_TooLong", max]);
        }
    }
}
