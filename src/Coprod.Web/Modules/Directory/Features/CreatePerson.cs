using Coprod.Web.Modules.Directory.Domain;
using Coprod.Web.Modules.Territory.Features;
using Coprod.Web.Platform.Audit;
using Coprod.Web.Platform.Data;
using Coprod.Web.Platform.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Directory.Features;

/// <summary>The coordinator adds a person to the directory (DIR-2); an existing Coprod account with the same e-mail is linked.</summary>
public static class CreatePerson
{
    public sealed record Request(
        string? FirstName, string? LastName, string? Function, Guid? InstitutionId, string? Email, string? Phone,
        IReadOnlyList<string>? Communes, DateOnly? StartsOn);

    public sealed class Handler(CoprodDbContext db, AuditTrail audit, ListPartnershipCommunes.Handler communes, IStringLocalizer<PeopleText> t)
    {
        public async Task<Results<Created<ListPeople.Item>, ValidationProblem>> HandleAsync(Guid partnershipId, Request r, Guid actorId, CancellationToken ct)
        {
            var inPartnership = (await communes.HandleAsync(partnershipId, ct)).Select(c => c.Insee).ToHashSet();
            var v = new Validation();
            var input = new PersonRules.Input(r.FirstName, r.LastName, r.Function, r.Email, r.Phone, r.Communes, r.StartsOn);
            PersonRules.Check(v, "", input, inPartnership, t);
            var institution = r.InstitutionId is { } id
                ? await db.Set<Institution>().AsNoTracking().FirstOrDefaultAsync(i => i.Id == id && i.PartnershipId == partnershipId, ct)
                : null;
            v.Check(institution is not null, "institutionId", t["Person_InstitutionUnknown"]);
            if (!v.IsValid)
            {
                return TypedResults.ValidationProblem(v.Errors);
            }
            var person = await PersonFactory.NewAsync(db, partnershipId, institution!.Id, input, ct);
            db.Add(person);
            await audit.SaveWithAuditAsync(ct, new AuditEntry(AuditEventType.PersonAdded, partnershipId, actorId, "directory_person", person.Id.ToString(),
                new { institution = institution.Id, linkedAccount = person.UserId is not null }));
            return TypedResults.Created($"/api/v1/partnerships/{partnershipId}/directory/people/{person.Id}",
                new ListPeople.Item(person.Id, person.FirstName, person.LastName, person.Function, institution.Id, institution.Name, person.Email, person.Phone,
                    person.Communes, person.StartsOn, null, null, person.UserId is not null, [], person.Version));
        }
    }
}
