using Coprod.Web.Modules.Directory.Domain;
using Coprod.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Coprod.Web.Modules.Directory.Features;

/// <summary>Writes checked values onto a directory person, linking the account whose e-mail matches.</summary>
internal static class PersonFactory
{
    public static async Task<DirectoryPerson> NewAsync(
        CoprodDbContext db, Guid partnershipId, Guid institutionId, string firstName, string lastName, string function,
        string? email, string? phone, IReadOnlyList<string>? communes, DateOnly startsOn, CancellationToken ct)
    {
        var person = new DirectoryPerson { Id = Guid.NewGuid(), PartnershipId = partnershipId };
        await ApplyAsync(db, person, institutionId, firstName, lastName, function, email, phone, communes, startsOn, ct);
        return person;
    }

    public static async Task ApplyAsync(
        CoprodDbContext db, DirectoryPerson person, Guid institutionId, string firstName, string lastName, string function,
        string? email, string? phone, IReadOnlyList<string>? communes, DateOnly startsOn, CancellationToken ct)
    {
        var mail = ContactRules.Clean(email);
        var normalized = mail?.ToUpperInvariant();
        person.UserId = normalized is null ? null
            : await db.Users.Where(u => u.NormalizedEmail == normalized).Select(u => (Guid?)u.Id).FirstOrDefaultAsync(ct);
        person.FirstName = firstName.Trim();
        person.LastName = lastName.Trim();
        person.Function = function.Trim();
        person.InstitutionId = institutionId;
        person.Email = mail;
        person.Phone = ContactRules.Clean(phone);
        person.Communes = communes?.Distinct().Order(StringComparer.Ordinal).ToList() ?? [];
        person.StartsOn = startsOn;
    }
}
