using Coprod.Web.Platform.Data;
using Coprod.Web.Platform.Localization;
using Coprod.Web.Platform.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Platform.Idempotency;

/// <summary>
/// Runs a creating request under its optional <c>Idempotency-Key</c>: without a key it simply runs;
/// with one already answered it replays that answer; with one used for another request it refuses
/// (422); and when a concurrent twin wins the race on the key, it answers with the twin's result.
/// The work gets a <c>remember</c> action to call with its answer before its save (nothing happens
/// without a key), so the answer commits with what the request created.
/// </summary>
/// <remarks>
/// The key is not read before the work: a fresh key (nearly every request) costs no query of its own.
/// A key already remembered is found by the unique index when the work saves (its transaction rolls
/// back, nothing is created), or looked up when the work refuses the request, so a retry gets the first
/// answer and a reused key its refusal exactly as if the key had been read first.
/// </remarks>
public sealed class IdempotentCreate(CoprodDbContext db, IdempotencyKeys keys, IStringLocalizer<UiText> t)
{
    public async Task<Results<Created<T>, ValidationProblem, ProblemHttpResult>> RunAsync<TRequest, T>(Guid partnershipId, string scope, string? key,
        string operation, TRequest request, Func<Action<T>, Task<Results<Created<T>, ValidationProblem, ProblemHttpResult>>> work,
        Func<T, string> location, CancellationToken ct)
    {
        if (key is null)
        {
            return await work(_ => { });
        }
        if (!IdempotencyKeys.IsValid(key))
        {
            return TypedResults.ValidationProblem(Validation.Single(IdempotencyKeys.Header, t["Idempotency_KeyInvalid", IdempotencyKeys.MaxLength]));
        }
        var hash = IdempotencyKeys.Hash(request);
        try
        {
            var result = await work(response => keys.Remember(partnershipId, scope, key, operation, hash, StatusCodes.Status201Created, response));
            return result.Result is Created<T> ? result : await RememberedAsync(partnershipId, scope, key, operation, hash, location, ct) ?? result;
        }
        catch (DbUpdateException e) when (DbErrors.IsUniqueViolation(e))
        {
            db.ChangeTracker.Clear();
            if (await RememberedAsync(partnershipId, scope, key, operation, hash, location, ct) is { } remembered)
            {
                return remembered;
            }
            throw;
        }
    }

    // What a remembered key answers in place of this run: the first answer, or a refusal for another request; null when nothing is remembered.
    private async Task<Results<Created<T>, ValidationProblem, ProblemHttpResult>?> RememberedAsync<T>(Guid partnershipId, string scope, string key,
        string operation, string hash, Func<T, string> location, CancellationToken ct)
    {
        switch (await keys.FindAsync<T>(partnershipId, scope, key, operation, hash, ct))
        {
            case IdempotencyKeys.Replay<T> replay:
                return TypedResults.Created(location(replay.Response), replay.Response);
            case IdempotencyKeys.Mismatch<T>:
                return TypedResults.ValidationProblem(Validation.Single(IdempotencyKeys.Header, t["Idempotency_KeyReused"]));
            default:
                return null;
        }
    }
}
