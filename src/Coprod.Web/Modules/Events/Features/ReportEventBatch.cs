using Coprod.Web.Modules.Events.Domain;
using Coprod.Web.Platform.Idempotency;
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

    public sealed class Handler(EventSenders senders, EventIntake intake, EventSaver saver, IdempotencyKeys keys, IdempotentCreate idempotent,
        IStringLocalizer<EventsText> t)
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
            var sender = await senders.ResolveAsync(partnershipId, caller, r.InstitutionId, ct);
            if (sender.Reporter is not { } reporter)
            {
                return sender.Invalid is { } invalid ? invalid : sender.Refused!;
            }
            var location = $"/api/v1/partnerships/{partnershipId}/events";
            return await idempotent.RunAsync<Request, Result>(partnershipId, reporter.Scope, idempotencyKey, Operation, r, async hash =>
            {
                var prepared = await intake.PrepareAsync(partnershipId, r.Events!, reporter, i => $"events[{i}].", ct);
                if (!prepared.Errors.IsValid)
                {
                    return TypedResults.ValidationProblem(prepared.Errors.Errors);
                }
                if (!prepared.Privacy.IsAccepted)
                {
                    return prepared.Privacy.Problem();
                }
                var result = new Result(prepared.Events.Count, prepared.Events.Select(e => e.Id).ToList());
                await saver.SaveAsync(partnershipId, reporter.UserId, prepared, () =>
                {
                    if (hash is not null)
                    {
                        keys.Remember(partnershipId, reporter.Scope, idempotencyKey!, Operation, hash, StatusCodes.Status201Created, result);
                    }
                }, ct);
                return TypedResults.Created(location, result);
            }, _ => location, ct);
        }
    }
}
