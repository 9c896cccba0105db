using Coprod.Web.Modules.Directory.Domain;
using Coprod.Web.Modules.Directory.HandOver;
using Coprod.Web.Platform.Audit;
using Coprod.Web.Platform.Data;
using Coprod.Web.Platform.Localization;
using Coprod.Web.Platform.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Directory.Features;

/// <summary>
/// A person leaves (DIR-2): from the given day they are out of post, and every open item they
/// hold (memberships now; decisions and commitments when those modules exist) passes to a
/// successor in the same transaction. Nothing is left ownerless: with open items, a successor
/// in post is required.
/// </summary>
public static class LeavePerson
{
    public sealed record Request(DateOnly? EndsOn, Guid? SuccessorId, Guid Version);

    public sealed record Outcome(Guid PersonId, DateOnly EndsOn, Guid? SuccessorId, int HandedOver);

    public sealed class Handler(CoprodDbContext db, AuditTrail audit, IEnumerable<IHandOverSource> sources, IStringLocalizer<PeopleText> t, IStringLocalizer<UiText> ui)
    {
        public async Task<Results<Ok<Outcome>, ValidationProblem, NotFound, ProblemHttpResult>> HandleAsync(
            Guid partnershipId, Guid personId, Request r, Guid actorId, CancellationToken ct)
        {
            var person = await db.Set<DirectoryPerson>().FirstOrDefaultAsync(p => p.Id == personId && p.PartnershipId == partnershipId, ct);
            if (person is null)
            {
                return TypedResults.NotFound();
            }
            if (person.Version != r.Version)
            {
                return CommonProblems.Concurrency(ui);
            }
            var v = new Validation()
                .Check(r.EndsOn is not null, "endsOn", t["Person_Required"])
                .Check(person.EndsOn is null, "endsOn", t["Leave_AlreadyLeft"]);
            if (r.EndsOn is { } day)
            {
                v.Check(day > person.StartsOn, "endsOn", t["Leave_BeforeStart"]);
            }
            if (!v.IsValid)
            {
                return TypedResults.ValidationProblem(v.Errors);
            }
            var on = r.EndsOn!.Value;
            var bySource = new List<(IHandOverSource Source, IReadOnlyList<OpenItem> Items)>();
            foreach (var source in sources)
            {
                bySource.Add((source, await source.OpenItemsAsync(partnershipId, person, on, ct)));
            }
            var count = bySource.Sum(s => s.Items.Count);
            DirectoryPerson? successor = null;
            if (r.SuccessorId is { } successorId)
            {
                successor = await db.Set<DirectoryPerson>().FirstOrDefaultAsync(p => p.Id == successorId && p.PartnershipId == partnershipId, ct);
                v.Check(successor is not null && successor.Id != person.Id && (successor.EndsOn is null || successor.EndsOn > on), "successorId", t["Leave_SuccessorInvalid"]);
                foreach (var (source, items) in bySource)
                {
                    if (successor is not null && source.RefuseSuccessor(successor, items) is { } refusal)
                    {
                        v.Add("successorId", refusal);
                    }
                }
            }
            else
            {
                v.Check(count == 0, "successorId", t["Leave_SuccessorRequired", count]);
            }
            if (!v.IsValid)
            {
                return TypedResults.ValidationProblem(v.Errors);
            }
            if (successor is not null)
            {
                foreach (var (source, _) in bySource)
                {
                    await source.HandOverAsync(partnershipId, person, successor, on, ct);
                }
            }
            person.EndsOn = on;
            person.SuccessorId = successor?.Id;
            await audit.SaveWithAuditAsync(ct, new AuditEntry(AuditEventType.PersonLeft, partnershipId, actorId, "directory_person", person.Id.ToString(),
                new { successor = successor?.Id, handedOver = bySource.ToDictionary(s => s.Source.GetType().Name, s => s.Items.Count) }));
            return TypedResults.Ok(new Outcome(person.Id, on, successor?.Id, count));
        }
    }
}
