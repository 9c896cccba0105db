using Coprod.Web.Modules.Confidential.Domain;
using Coprod.Web.Modules.Confidential.Protection;
using Coprod.Web.Platform;
using Coprod.Web.Platform.Audit;
using Coprod.Web.Platform.Data;
using Coprod.Web.Platform.Localization;
using Coprod.Web.Platform.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Confidential.Features.Cases;

/// <summary>
/// Changes an active case's record (persons, situation), its referent and its origin, as read (409 when stale);
/// the record is sealed again and the destruction date follows the followed person's birth date.
/// </summary>
public static class UpdateCase
{
    public sealed record Request(Guid? Version, IReadOnlyList<PersonInput?>? Persons, SchoolOrWork? Situation, string? SituationDetail, CaseOrigin? Origin,
        Guid? ReferentUserId);

    public sealed class Handler(ActiveCases cases, ConfidentialAccess access, ConfidentialCipher cipher, VersionedWrites writes, GetCase.Handler read, TimeProvider clock,
        IStringLocalizer<CasesText> t, IStringLocalizer<UiText> ui)
    {
        public async Task<Results<Ok<CaseDto>, ValidationProblem, ProblemHttpResult>> HandleAsync(Guid partnershipId, Guid caseId, Request r, Guid userId,
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
            var record = CaseRules.Record(v, r.Persons, r.Situation, r.SituationDetail, ParisTime.Today(clock), t);
            v.Check(r.Origin is { } origin && Enum.IsDefined(origin), "origin", t["Case_Origin"]);
            var referent = r.ReferentUserId ?? found.ReferentUserId;
            v.Check(referent == userId || await access.SeatAsync(partnershipId, found.GroupId, referent, ct) is not null, "referentUserId", t["Case_Referent"]);
            if (!v.IsValid || record is null)
            {
                return TypedResults.ValidationProblem(v.Errors);
            }
            var refusal = await writes.UpdateAsync(found, r.Version, () =>
            {
                found.SealedRecord = cipher.Seal(found.Id, record);
                found.DestroyBy = CaseRules.DestroyBy(record);
                found.Origin = r.Origin!.Value;
                found.ReferentUserId = referent;
            }, () => [new AuditEntry(AuditEventType.ConfidentialCaseUpdated, partnershipId, userId, "ConfidentialCase", caseId.ToString(), new { groupId = found.GroupId })], ct);
            return refusal is null ? TypedResults.Ok(await read.ReadAsync(seat, found, userId, ct)) : refusal;
        }
    }
}
