using Coprod.Web.Modules.Governance.Domain;
using Coprod.Web.Modules.Privacy;
using Coprod.Web.Platform;
using Coprod.Web.Platform.Audit;
using Coprod.Web.Platform.Data;
using Coprod.Web.Platform.Localization;
using Coprod.Web.Platform.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Governance.Features;

/// <summary>
/// Edits a body: name, purpose, scope, end date, status (active, dormant, closed) and, when sent, the
/// whole list of members. Same managers as <see cref="CreateBody"/>: closing a GLTD is the
/// prosecutor's alone. A stale <c>version</c> is refused (409).
/// </summary>
public static class UpdateBody
{
    public sealed record Request(Guid Version, string? Name, string? Purpose, string? Scope, DateOnly? EndsOn, BodyStatus? Status,
        IReadOnlyList<BodyMemberInput>? Members, PrivacyOverride? PrivacyOverride = null);

    public sealed class Handler(CoprodDbContext db, AuditTrail audit, GovernanceAccess access, AnonymousTextGuard privacyGuard, GetBody.Handler read,
        TimeProvider clock, IStringLocalizer<GovernanceText> t, IStringLocalizer<UiText> ui)
    {
        public async Task<Results<Ok<BodyDto>, ValidationProblem, NotFound, ProblemHttpResult>> HandleAsync(Guid partnershipId, Guid bodyId, Request r, Guid actorId, CancellationToken ct)
        {
            var body = await db.Set<Body>().Include(b => b.Members).FirstOrDefaultAsync(b => b.Id == bodyId && b.PartnershipId == partnershipId, ct);
            if (body is null)
            {
                return TypedResults.NotFound();
            }
            if (await access.RefuseUnlessManagerAsync(partnershipId, actorId, body.Kind) is { } refusal)
            {
                return refusal;
            }
            var today = ParisTime.Today(clock);
            var people = await PartnershipPeople.LoadAsync(db, partnershipId, today, ct);
            var v = BodyRules.Check(new Validation(), body.Kind, r.Name, r.Purpose, r.Scope, body.StartsOn, r.EndsOn, t, ui);
            v.Check(r.Status is { } s && Enum.IsDefined(s), "status", t["Body_StatusInvalid"]);
            var members = r.Members is null ? null : GovernanceInputs.Members(v, r.Members, people, today, t, ui);
            if (!v.IsValid)
            {
                return TypedResults.ValidationProblem(v.Errors);
            }
            if (body.Version != r.Version)
            {
                return CommonProblems.Concurrency(ui);
            }
            var privacy = privacyGuard.Begin(r.PrivacyOverride)
                .CheckChanged("name", r.Name, body.Name).CheckChanged("purpose", r.Purpose, body.Purpose).CheckChanged("scope", r.Scope, body.Scope);
            if (!privacy.IsAccepted)
            {
                return privacy.Problem();
            }
            body.Name = r.Name!.Trim();
            body.Purpose = BodyRules.Clean(r.Purpose);
            body.Scope = BodyRules.Clean(r.Scope);
            body.EndsOn = r.EndsOn;
            body.Status = r.Status!.Value;
            if (members is not null)
            {
                body.Members.Clear();
                members.ForEach(m => m.BodyId = body.Id);
                db.AddRange(members);
            }
            // The version changes even when only the members did.
            db.Entry(body).State = EntityState.Modified;
            db.Entry(body).Property(b => b.Version).OriginalValue = r.Version;
            await audit.SaveWithAuditAsync(ct, [
                new AuditEntry(AuditEventType.GovernanceBodyUpdated, partnershipId, actorId, "body", body.Id.ToString(),
                    new { status = body.Status.ToString(), members = members?.Count }),
                .. privacy.AuditEntries(partnershipId, actorId, "body", body.Id.ToString())]);
            return TypedResults.Ok((await read.HandleAsync(partnershipId, body.Id, actorId, ct))!);
        }
    }
}
