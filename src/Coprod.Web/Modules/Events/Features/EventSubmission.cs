using Coprod.Web.Platform.Idempotency;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Coprod.Web.Modules.Events.Features;

/// <summary>
/// The one path of a report sent to the API, single or batch: who sends it (<see cref="EventSenders"/>),
/// under its optional <c>Idempotency-Key</c>, checked by the <see cref="EventIntake"/>, and saved with
/// the remembered answer in the events' own transaction.
/// </summary>
public sealed class EventSubmission(EventSenders senders, EventIntake intake, EventSaver saver, IdempotentCreate idempotent)
{
    /// <summary>
    /// Submits <paramref name="inputs"/> (<paramref name="field"/> gives item i's JSON path prefix); <paramref name="answer"/>
    /// builds the 201 body from the accepted events before they are saved.
    /// </summary>
    public async Task<Results<Created<T>, ValidationProblem, ProblemHttpResult>> SubmitAsync<TRequest, T>(Guid partnershipId, EventCaller caller,
        Guid? institutionId, string? idempotencyKey, string operation, TRequest request, IReadOnlyList<EventInput> inputs, Func<int, string> field,
        Func<EventReporter, EventIntake.Prepared, Task<T>> answer, Func<T, string> location, CancellationToken ct)
    {
        var sender = await senders.ResolveAsync(partnershipId, caller, institutionId, ct);
        if (sender.Reporter is not { } reporter)
        {
            return sender.Invalid is { } invalid ? invalid : sender.Refused!;
        }
        return await idempotent.RunAsync<TRequest, T>(partnershipId, reporter.Scope, idempotencyKey, operation, request, async remember =>
        {
            var prepared = await intake.PrepareAsync(partnershipId, inputs, reporter, field, ct);
            if (!prepared.Errors.IsValid)
            {
                return TypedResults.ValidationProblem(prepared.Errors.Errors);
            }
            if (!prepared.Privacy.IsAccepted)
            {
                return prepared.Privacy.Problem();
            }
            var result = await answer(reporter, prepared);
            await saver.SaveAsync(partnershipId, reporter.UserId, prepared, () => remember(result), ct);
            return TypedResults.Created(location(result), result);
        }, location, ct);
    }
}
