using Coprod.Web.Modules.Directory.Domain;
using Coprod.Web.Modules.Territory.Features;
using Coprod.Web.Platform.Audit;
using Coprod.Web.Platform.Data;
using Coprod.Web.Platform.Localization;
using Coprod.Web.Platform.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Directory.Features;

/// <summary>The coordinator corrects a person's function, institution, work contacts, communes or start date (DIR-2); leaving has its own use case.</summary>
public static class UpdatePerson
{
    public sealed record Request(
        string? FirstName, string? LastName, string? Function, Guid? InstitutionId, string? Email, string? Phone,
        IReadOnlyList<string>? Communes, DateOnly? StartsOn, Guid Version);

    public sealed class Handler(CoprodDbContext db, AuditTrail audit, ListPartnershipCommunes.Handler communes, IStringLocalizer<PeopleText> t, IStringLocalizer<UiText> ui)
    {
        public async Task<Results<Ok<Guid>, ValidationProblem, NotFound, ProblemHttpResult>> HandleAsync(Guid partnershipId, Guid personId, Request r, Guid actorId, CancellationToken ct)
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
            var inPartnership = (await communes.HandleAsync(partnershipId, ct)).Select(c => c.Insee).ToHashSet();
            var v = new Validation();
            var input = new PersonRules.Input(r.FirstName, r.LastName, r.Function, r.Email, r.Phone, r.Communes, r.StartsOn);
            PersonRules.Check(v, "", input, inPartnership, t);
            v.Check(r.InstitutionId is { } id && await db.Set<Institution>().AnyAsync(i => i.Id == id && i.PartnershipId == partnershipId, ct), "institutionId", t["Person_InstitutionUnknown"]);
            if (r.StartsOn is { } start && person.EndsOn is { } end)
            {
                v.Check(start < end, "startsOn", t["Leave_BeforeStart"]);
            }
            if (!v.IsValid)
            {
                return TypedResults.ValidationProblem(v.Errors);
            }
            await PersonFactory.ApplyAsync(db, person, r.InstitutionId!.Value, input, ct);
            await audit.SaveWithAuditAsync(ct, new AuditEntry(AuditEventType.PersonUpdated, partnershipId, actorId, "directory_person", person.Id.ToString(),
                new { institution = person.InstitutionId, linkedAccount = person.UserId is not null }));
            return TypedResults.Ok(person.Version);
        }
    }
}
