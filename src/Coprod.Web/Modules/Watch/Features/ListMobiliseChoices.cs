using Coprod.Web.Modules.Directory.Domain;
using Coprod.Web.Modules.Partnerships.Domain;
using Coprod.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Coprod.Web.Modules.Watch.Features;

/// <summary>Who the procedure's form offers to mobilise: the partnership's institutions, the directory's people in post and the current members.</summary>
public static class ListMobiliseChoices
{
    /// <summary>One choice; <see cref="Key"/> is <c>i:</c>, <c>p:</c> or <c>m:</c> followed by the id.</summary>
    public sealed record Choice(string Key, string Label);

    public sealed record Choices(IReadOnlyList<Choice> Institutions, IReadOnlyList<Choice> People, IReadOnlyList<Choice> Members)
    {
        public static readonly Choices Empty = new([], [], []);

        /// <summary>The input for a choice's key and a role.</summary>
        public static MobiliseInput Input(string key, string? role)
        {
            var id = Guid.TryParse(key.Length > 2 ? key[2..] : "", out var g) ? g : (Guid?)null;
            return key.StartsWith("i:", StringComparison.Ordinal) ? new MobiliseInput(id, null, null, role)
                : key.StartsWith("p:", StringComparison.Ordinal) ? new MobiliseInput(null, id, null, role)
                : key.StartsWith("m:", StringComparison.Ordinal) ? new MobiliseInput(null, null, id, role)
                : new MobiliseInput(null, null, null, role);
        }
    }

    public sealed class Handler(CoprodDbContext db, TimeProvider clock)
    {
        public async Task<Choices> HandleAsync(Guid partnershipId, CancellationToken ct = default)
        {
            var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
            var french = StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("fr-FR"), true);
            var institutions = await db.Set<Institution>().AsNoTracking().Where(i => i.PartnershipId == partnershipId).ToDictionaryAsync(i => i.Id, i => i.Name, ct);
            string Of(Guid? id) => id is { } i && institutions.TryGetValue(i, out var name) ? $" ({name})" : "";
            var people = await db.Set<DirectoryPerson>().AsNoTracking()
                .Where(p => p.PartnershipId == partnershipId && p.StartsOn <= today && (p.EndsOn == null || p.EndsOn > today))
                .Select(p => new { p.Id, p.FirstName, p.LastName, p.Function, p.InstitutionId }).ToListAsync(ct);
            var members = await db.Set<Membership>().AsNoTracking().Where(Membership.ActiveOn(today)).Where(m => m.PartnershipId == partnershipId)
                .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new { m.Id, u.DisplayName, m.InstitutionId }).ToListAsync(ct);
            return new Choices(
                institutions.Select(i => new Choice($"i:{i.Key}", i.Value)).OrderBy(c => c.Label, french).ToList(),
                people.Select(p => new Choice($"p:{p.Id}", $"{p.LastName} {p.FirstName}, {p.Function}{Of(p.InstitutionId)}")).OrderBy(c => c.Label, french).ToList(),
                members.Select(m => new Choice($"m:{m.Id}", m.DisplayName + Of(m.InstitutionId))).OrderBy(c => c.Label, french).ToList());
        }
    }
}
