using Coprod.Web.Modules.Confidential.Domain;
using Coprod.Web.Platform;
using Coprod.Web.Platform.Audit;
using Coprod.Web.Platform.Data;
using Coprod.Web.Platform.Localization;
using Coprod.Web.Platform.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Confidential.Features.Cases;

/// <summary>
/// Ends a follow-up (CONF-6): the case moves to the restricted archive until its end date plus the archive
/// years of the charter in force, then is destroyed; from now on it opens only with a stated reason.
/// </summary>
public static class CloseCase
{
    public sealed record Request(Guid? Version, DateOnly? ClosedOn);

    /// <summary>What the case became.</summary>
    public sealed record Response(Guid Id, CaseStatus Status, DateOnly ClosedOn, DateOnly ArchiveUntil);

    public sealed class Handler(ActiveCases cases, VersionedWrites writes, TimeProvider clock, IStringLocalizer<CasesText> t, IStringLocalizer<UiText> ui)
    {
        public async Task<Results<Ok<Response>, ValidationProblem, ProblemHttpResult>> HandleAsync(Guid partnershipId, Guid caseId, Request r, Guid userId,
            CancellationToken ct)
        {
            var (active, denied) = await cases.LoadAsync(partnershipId, caseId, userId, ct, tracking: true);
            if (active is null)
            {
                return denied!;
            }
            var (seat, found) = active;
            var v = new Validation();
            v.Check(r.Version is not null, "version", ui["Validation_Required"]);
            if (r.ClosedOn is not { } closed)
            {
                v.Add("closedOn", ui["Validation_Required"]);
            }
            else
            {
                v.Check(closed >= found.OpenedOn, "closedOn", t["Case_ClosedBeforeOpened"]);
                v.Check(closed <= ParisTime.Today(clock), "closedOn", t["Case_DateFuture"]);
            }
            if (!v.IsValid)
            {
                return TypedResults.ValidationProblem(v.Errors);
            }
            var until = r.ClosedOn!.Value.AddYears(seat.Charter.ArchiveYears);
            var refusal = await writes.UpdateAsync(found, r.Version, () =>
            {
                found.Status = CaseStatus.Archived;
                found.ClosedOn = r.ClosedOn;
                found.ArchiveUntil = until;
            }, () => [new AuditEntry(AuditEventType.ConfidentialCaseClosed, partnershipId, userId, "ConfidentialCase", caseId.ToString(), new { groupId = found.GroupId })], ct);
            return refusal is null ? TypedResults.Ok(new Response(found.Id, found.Status, r.ClosedOn.Value, until)) : refusal;
        }
    }
}
