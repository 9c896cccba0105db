using Coprod.Web.Platform.Audit;
using Coprod.Web.Platform.Localization;
using Coprod.Web.Platform.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Platform.Data;

/// <summary>
/// Changes or deletes a <see cref="IVersioned"/> record as it was read (SEC-3): the version the client
/// read must still be the record's (409), and stays checked by the save itself, so that a change made
/// in between is never overwritten or deleted unseen (409). The write is saved with its audit record.
/// </summary>
public sealed class VersionedWrites(CoprodDbContext db, AuditTrail audit, IStringLocalizer<UiText> ui)
{
    /// <summary>
    /// Applies <paramref name="change"/> to <paramref name="record"/> read at <paramref name="version"/> (checked
    /// beforehand to be given) and saves it with the audit records <paramref name="entries"/> describes once
    /// it is changed; null when saved, else the 409 to return.
    /// </summary>
    public async Task<ProblemHttpResult?> UpdateAsync<T>(T record, Guid? version, Action change, Func<AuditEntry[]> entries, CancellationToken ct)
        where T : class, IVersioned
    {
        if (record.Version != version)
        {
            return CommonProblems.Concurrency(ui);
        }
        change();
        try
        {
            await audit.SaveWithAuditAsync(ct, entries());
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            return CommonProblems.Concurrency(ui);
        }
    }

    /// <summary>
    /// Removes <paramref name="record"/> read at <paramref name="version"/>, unless <paramref name="refusal"/>
    /// (checked once the version is) gives a reason to keep it.
    /// </summary>
    public async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> RemoveAsync<T>(T record, Guid? version, AuditEntry entry,
        CancellationToken ct, Func<Task<ProblemHttpResult?>>? refusal = null) where T : class, IVersioned
    {
        if (version is null)
        {
            return TypedResults.ValidationProblem(Validation.Single("version", ui["Validation_Required"]));
        }
        if (record.Version != version)
        {
            return CommonProblems.Concurrency(ui);
        }
        if (refusal is not null && await refusal() is { } refused)
        {
            return refused;
        }
        db.Remove(record);
        try
        {
            await audit.SaveWithAuditAsync(ct, entry);
        }
        catch (DbUpdateConcurrencyException)
        {
            return CommonProblems.Concurrency(ui);
        }
        return TypedResults.NoContent();
    }
}
