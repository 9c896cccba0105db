using Coprod.Web.Modules.Events.Domain;
using Coprod.Web.Modules.Events.Hubs;
using Coprod.Web.Modules.Privacy;
using Coprod.Web.Platform.Audit;
using Coprod.Web.Platform.Data;
using Coprod.Web.Platform.Localization;
using Coprod.Web.Platform.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Events.Features;

/// <summary>
/// <c>POST …/events/{id}/follow-ups</c>: a recipient says what their institution did or will do
/// (<c>text</c>, anonymous: personal data is refused with 422, a person's name kept only on a stated
/// <c>privacyOverride</c>), on behalf of one of their institutions the event was sent to
/// (<c>institutionId</c>, needed when there are several). The reporter is told at once.
/// </summary>
public static class AddFollowUp
{
    public sealed record Request(string? Text, Guid? InstitutionId = null, PrivacyOverride? PrivacyOverride = null);

    public sealed class Handler(CoprodDbContext db, DeliveryAccess access, AnonymousTextGuard guard, AuditTrail audit, EventNotifier notifier, TimeProvider clock,
        IStringLocalizer<EventsText> t, IStringLocalizer<UiText> ui)
    {
        public async Task<Results<Created<FollowUpDto>, ValidationProblem, ProblemHttpResult>> HandleAsync(Guid partnershipId, Guid eventId, Request r, Guid userId,
            CancellationToken ct)
        {
            var (found, refusal) = await access.FindAsync(partnershipId, eventId, userId, ct);
            if (found is null)
            {
                return refusal!;
            }
            var mine = await access.MineAsync(found, r.InstitutionId, ct);
            if (mine.Count == 0)
            {
                return access.NotYours();
            }
            var text = r.Text?.Trim() ?? "";
            var v = new Validation()
                .Check(text.Length > 0, "text", ui["Validation_Required"])
                .Check(text.Length <= EventLimits.FollowUp, "text", ui["Validation_TooLong", EventLimits.FollowUp])
                .Check(mine.Count == 1, "institutionId", t["FollowUp_ChooseInstitution"]);
            if (!v.IsValid)
            {
                return TypedResults.ValidationProblem(v.Errors);
            }
            var privacy = guard.Begin(r.PrivacyOverride).Check("text", text);
            if (!privacy.IsAccepted)
            {
                return privacy.Problem();
            }
            var delivery = mine[0];
            var followUp = new EventFollowUp
            {
                Id = Guid.NewGuid(),
                PartnershipId = partnershipId,
                DeliveryId = delivery.Id,
                EventId = eventId,
                InstitutionId = delivery.InstitutionId,
                AuthorUserId = userId,
                Text = text,
                At = clock.GetUtcNow(),
            };
            db.Add(followUp);
            await audit.SaveWithAuditAsync(ct, [new AuditEntry(AuditEventType.EventFollowUpAdded, partnershipId, userId, "event", eventId.ToString(),
                new { institution = delivery.InstitutionId, followUp = followUp.Id }), .. privacy.AuditEntries(partnershipId, userId, "event-follow-up", followUp.Id.ToString())]);
            await notifier.SendAsync(AcknowledgeEvent.Audience(found, delivery.InstitutionId), EventsHub.FollowUpAdded,
                new DeliveryMessage(eventId, delivery.Id, delivery.InstitutionId, followUp.At), ct);
            var institution = await db.Set<Directory.Domain.Institution>().FindAsync([delivery.InstitutionId], ct);
            return TypedResults.Created($"/api/v1/partnerships/{partnershipId}/events/{eventId}/deliveries",
                new FollowUpDto(followUp.Id, delivery.InstitutionId, institution?.Name ?? "", text, followUp.At));
        }
    }
}
