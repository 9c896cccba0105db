using Coprod.Web.Modules.Directory.Domain;
using Coprod.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Coprod.Web.Modules.Directory.Features;

/// <summary>Writes checked values onto a directory person, linking the account whose e-mail matches.</summary>
internal static class PersonFactory
{
    /// <summary>A new person of the partnership from a checked input (<see cref="PersonRules.Check"/>).</summary>
    public static async Task<DirectoryPerson> NewAsync(CoprodDbContext db, Guid partnershipId, Guid institutionId, PersonRules.Input input, CancellationToken ct)
    {
        var person = new DirectoryPerson { Id = Guid.NewGuid(), PartnershipId = partnershipId };
        await ApplyAsync(db, person, institutionId, input, ct);
        return person;
    }

    /// <summary>Writes a checked input (<see cref="PersonRules.Check"/>) onto the person.</summary>
    public static async Task ApplyAsync(CoprodDbContext db, DirectoryPerson person, Guid institutionId, PersonRules.Input input, CancellationToken ct)
    {
        var mail = ContactRules.Clean(input.Email);
        var normalized = mail?.ToUpperInvariant();
        person.UserId = normalized is null ? null
            : await db.Users.Where(u => u.NormalizedEmail == normalized).Select(u => (Guid?)u.Id).FirstOrDefaultAsync(ct);
        person.FirstName = input.FirstName!.Trim();
        person.LastName = input.LastName!.Trim();
        person.Function = input.Function!.Trim();
        person.InstitutionId = institutionId;
        person.Email = mail;
        person.Phone = ContactRules.Clean(input.Phone);
        person.Communes = input.Communes?.Distinct().Order(StringComparer.Ordinal).ToList() ?? [];
        person.StartsOn = input.StartsOn!.Value;
    }
}
