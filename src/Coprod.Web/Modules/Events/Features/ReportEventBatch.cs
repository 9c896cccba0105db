using Coprod.Web.Modules.Events.Domain;
using Coprod.Web.Platform.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Events.Features;

/// <summary>
/// <c>POST …/events/batch</c> (EVT-4): up to <see cref="EventLimits.Batch"/> events at once, all or
/// nothing — one bad item and nothing is stored, with every error keyed <c>events[i].field</c>
/// (400, or 422 for personal data). The events are saved in one transaction; with an
/// <c>Idempotency-Key</c> a retried batch returns the first answer and stores nothing more (REL-1).
/// </summary>
public static class ReportEventBatch
{
    public sealed record Request(IReadOnlyList<EventInput>? Events, Guid? InstitutionId = null);

    /// <summary>How many events were stored, and their ids in the order they were sent.</summary>
    public sealed record Result(int Count, IReadOnlyList<Guid> Ids);

    public const string Operation = "events.batch";

    public sealed class Handler(EventSubmission submission, IStringLocalizer<EventsText> t)
    {
        public async Task<Results<Created<Result>, ValidationProblem, ProblemHttpResult>> HandleAsync(Guid partnershipId, Request r, EventCaller caller,
            string? idempotencyKey, CancellationToken ct)
        {
            // The size is checked before anything else is: no item of an oversized batch is validated.
            var v = new Validation()
                .Check(r.Events is { Count: > 0 }, "events", t["Batch_Empty"])
                .Check(r.Events is null || r.Events.Count <= EventLimits.Batch, "events", t["Batch_TooMany", EventLimits.Batch]);
            for (var i = 0; v.IsValid && i < r.Events!.Count; i++)
            {
                v.Check(r.Events[i] is not null, $"events[{i}]", t["Batch_ItemMissing"]);
            }
            if (!v.IsValid)
            {
                return TypedResults.ValidationProblem(v.Errors);
            }
            var location = $"/api/v1/partnerships/{partnershipId}/events";
            return await submission.SubmitAsync(partnershipId, caller, r.InstitutionId, idempotencyKey, Operation, r, r.Events!, i => $"events[{i}].",
                (_, prepared) => Task.FromResult(new Result(prepared.Events.Count, prepared.Events.Select(e => e.Id).ToList())), _ => location, ct);
        }
    }
}
