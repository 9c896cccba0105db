using System.Text.RegularExpressions;
using Coprod.Web.Modules.Events.Domain;
using Coprod.Web.Platform.Audit;
using Coprod.Web.Platform.Data;
using Coprod.Web.Platform.Localization;
using Coprod.Web.Platform.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Events.Features;

/// <summary>
/// The coordinator edits the taxonomy (EVT-1): adds a category (code and label) or renames,
/// reorders, retires and restores one (label, rank, active, with its version: 409 when stale).
/// Codes never change once created.
/// </summary>
public static partial class SaveCategory
{
    public sealed record CreateRequest(string? Code, string? Label, int? Rank);

    public sealed record UpdateRequest(string? Label, int? Rank, bool? IsActive, Guid? Version);

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex CodePattern();

    public sealed class Handler(CoprodDbContext db, EventCategories categories, AuditTrail audit, VersionedWrites writes, IStringLocalizer<EventsText> t,
        IStringLocalizer<UiText> ui)
    {
        public async Task<Results<Created<ListCategories.CategoryDto>, ValidationProblem>> CreateAsync(Guid partnershipId, CreateRequest r, Guid actorId,
            CancellationToken ct)
        {
            var existing = await categories.LoadAsync(partnershipId, ct);
            var code = r.Code?.Trim() ?? "";
            var v = CheckLabel(r.Label, r.Rank)
                .Check(code.Length is >= 2 and <= EventLimits.CategoryCode && CodePattern().IsMatch(code), "code", t["Category_Code", EventLimits.CategoryCode])
                .Check(existing.All(c => c.Code != code), "code", t["Category_CodeTaken"])
                .Check(existing.Count < EventLimits.Categories, "code", t["Category_TooMany", EventLimits.Categories]);
            if (!v.IsValid)
            {
                return TypedResults.ValidationProblem(v.Errors);
            }
            var category = new EventCategory
            {
                Id = Guid.NewGuid(),
                PartnershipId = partnershipId,
                Code = code,
                Label = r.Label!.Trim(),
                Rank = r.Rank ?? (existing.Count == 0 ? 10 : existing.Max(c => c.Rank) + 10),
            };
            db.Add(category);
            await audit.SaveWithAuditAsync(ct, new AuditEntry(AuditEventType.EventCategoryCreated, partnershipId, actorId, "event-category", category.Id.ToString(),
                new { code }));
            return TypedResults.Created($"/api/v1/partnerships/{partnershipId}/events/categories/{category.Id}", ListCategories.CategoryDto.From(category));
        }

        public async Task<Results<Ok<ListCategories.CategoryDto>, ValidationProblem, ProblemHttpResult>> UpdateAsync(Guid partnershipId, Guid categoryId,
            UpdateRequest r, Guid actorId, CancellationToken ct)
        {
            var category = await db.Set<EventCategory>().FirstOrDefaultAsync(c => c.Id == categoryId && c.PartnershipId == partnershipId, ct);
            if (category is null)
            {
                return TypedResults.Problem(detail: t["Category_NotFound"], statusCode: StatusCodes.Status404NotFound);
            }
            var v = CheckLabel(r.Label, r.Rank).Check(r.Version is not null, "version", ui["Validation_Required"]);
            if (!v.IsValid)
            {
                return TypedResults.ValidationProblem(v.Errors);
            }
            var conflict = await writes.UpdateAsync(category, r.Version, () =>
            {
                category.Label = r.Label!.Trim();
                category.Rank = r.Rank ?? category.Rank;
                category.IsActive = r.IsActive ?? category.IsActive;
            }, () => [new AuditEntry(AuditEventType.EventCategoryUpdated, partnershipId, actorId, "event-category", category.Id.ToString(),
                new { category.Code, category.IsActive })], ct);
            if (conflict is not null)
            {
                return conflict;
            }
            return TypedResults.Ok(ListCategories.CategoryDto.From(category));
        }

        private Validation CheckLabel(string? label, int? rank)
        {
            var text = label?.Trim() ?? "";
            return new Validation()
                .Check(text.Length > 0, "label", ui["Validation_Required"])
                .Check(text.Length <= EventLimits.CategoryLabel, "label", ui["Validation_TooLong", EventLimits.CategoryLabel])
                .Check(rank is null or (>= 0 and <= 100_000), "rank", t["Category_Rank"]);
        }
    }
}
