using Coprod.Web.Modules.Governance.Domain;
using Coprod.Web.Modules.Privacy;
using Coprod.Web.Platform;
using Coprod.Web.Platform.Audit;
using Coprod.Web.Platform.Data;
using Coprod.Web.Platform.Localization;
using Coprod.Web.Platform.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Governance.Features;

/// <summary>
/// Creates a body (GOV-1): the coordinator for every kind but the GLTD, which only the prosecutor
/// creates, with its scope and duration (<see cref="GovernanceAccess"/>). Name, purpose and scope are
/// anonymous texts (PRIV-1, <see cref="AnonymousTextGuard"/>).
/// </summary>
public static class CreateBody
{
    public sealed record Request(BodyKind? Kind, string? Name, string? Purpose, string? Scope, DateOnly? StartsOn, DateOnly? EndsOn,
        IReadOnlyList<BodyMemberInput>? Members, PrivacyOverride? PrivacyOverride = null);

    public sealed class Handler(CoprodDbContext db, AuditTrail audit, GovernanceAccess access, AnonymousTextGuard privacyGuard, GetBody.Handler read,
        TimeProvider clock, IStringLocalizer<GovernanceText> t, IStringLocalizer<UiText> ui)
    {
        public async Task<Results<Created<BodyDto>, ValidationProblem, ProblemHttpResult>> HandleAsync(Guid partnershipId, Request r, Guid actorId, CancellationToken ct)
        {
            if (r.Kind is not { } kind || !Enum.IsDefined(kind))
            {
                return TypedResults.ValidationProblem(Validation.Single("kind", t["Body_KindInvalid"]));
            }
            if (await access.RefuseUnlessManagerAsync(partnershipId, actorId, kind) is { } refusal)
            {
                return refusal;
            }
            var today = ParisTime.Today(clock);
            var people = await PartnershipPeople.LoadAsync(db, partnershipId, today, ct);
            var startsOn = r.StartsOn ?? today;
            var v = BodyRules.Check(new Validation(), kind, r.Name, r.Purpose, r.Scope, startsOn, r.EndsOn, t, ui);
            var members = GovernanceInputs.Members(v, r.Members, people, startsOn, t, ui);
            if (!v.IsValid)
            {
                return TypedResults.ValidationProblem(v.Errors);
            }
            var privacy = privacyGuard.Begin(r.PrivacyOverride).Check("name", r.Name).Check("purpose", r.Purpose).Check("scope", r.Scope);
            if (!privacy.IsAccepted)
            {
                return privacy.Problem();
            }
            var body = new Body
            {
                Id = Guid.NewGuid(),
                PartnershipId = partnershipId,
                Kind = kind,
                Name = r.Name!.Trim(),
                Purpose = BodyRules.Clean(r.Purpose),
                Scope = BodyRules.Clean(r.Scope),
                StartsOn = startsOn,
                EndsOn = r.EndsOn,
                CreatedBy = actorId,
                Members = members,
            };
            db.Add(body);
            await audit.SaveWithAuditAsync(ct, [
                new AuditEntry(AuditEventType.GovernanceBodyCreated, partnershipId, actorId, "body", body.Id.ToString(), new { kind = kind.ToString(), members = members.Count }),
                .. privacy.AuditEntries(partnershipId, actorId, "body", body.Id.ToString())]);
            return TypedResults.Created($"/api/v1/partnerships/{partnershipId}/governance/bodies/{body.Id}", (await read.HandleAsync(partnershipId, body.Id, actorId, ct))!);
        }
    }
}
