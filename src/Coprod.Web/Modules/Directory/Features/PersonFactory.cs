using Coprod.Web.Modules.Directory.Domain;
using Coprod.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Coprod.Web.Modules.Directory.Features;

/// <summary>Builds a directory person from checked values, linking the account whose e-mail matches.</summary>
internal static class PersonFactory
{
    public static async Task<DirectoryPerson> NewAsync(
        CoprodDbContext db, Guid partnershipId, Guid institutionId, string firstName, string lastName, string function,
        string? email, string? phone, IReadOnlyList<string>? communes, DateOnly startsOn, CancellationToken ct)
    {
        var mail = string.IsNullOrWhiteSpace(email) ? null : email.Trim();
        var normalized = mail?.ToUpperInvariant();
        var userId = normalized is null ? (Guid?)null
            : await db.Users.Where(u => u.NormalizedEmail == normalized).Select(u => (Guid?)u.Id).FirstOrDefaultAsync(ct);
        return new DirectoryPerson
        {
            Id = Guid.NewGuid(),
            PartnershipId = partnershipId,
            FirstName = firstName.Trim(),
            LastName = lastName.Trim(),
            Function = function.Trim(),
            InstitutionId = institutionId,
            Email = mail,
            Phone = string.IsNullOrWhiteSpace(phone) ? null : phone.Trim(),
            Communes = communes?.Distinct().Order(StringComparer.Ordinal).ToList() ?? [],
            StartsOn = startsOn,
            UserId = userId,
        };
    }
}
