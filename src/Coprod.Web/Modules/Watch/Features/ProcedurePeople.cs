using Coprod.Web.Modules.Directory.Domain;
using Coprod.Web.Modules.Partnerships.Domain;
using Coprod.Web.Modules.Watch.Domain;
using Coprod.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Coprod.Web.Modules.Watch.Features;

/// <summary>The names an alert's procedure shows: the institutions, directory people and members mobilised, and the authors of its steps.</summary>
internal sealed class ProcedurePeople
{
    private Dictionary<Guid, string> _institutions = [];
    private Dictionary<Guid, string> _persons = [];
    private Dictionary<Guid, string> _memberships = [];
    private Dictionary<Guid, string> _users = [];

    public static async Task<ProcedurePeople> LoadAsync(CoprodDbContext db, Guid partnershipId, WatchAlert alert, CancellationToken ct)
    {
        var institutions = await db.Set<Institution>().AsNoTracking().Where(i => i.PartnershipId == partnershipId).ToDictionaryAsync(i => i.Id, i => i.Name, ct);
        var personIds = alert.Mobilised.Where(m => m.PersonId is not null).Select(m => m.PersonId!.Value).ToList();
        var persons = await db.Set<DirectoryPerson>().AsNoTracking().Where(p => personIds.Contains(p.Id))
            .Select(p => new { p.Id, p.FirstName, p.LastName, p.Function, p.InstitutionId }).ToListAsync(ct);
        var membershipIds = alert.Mobilised.Where(m => m.MembershipId is not null).Select(m => m.MembershipId!.Value).ToList();
        var memberships = await db.Set<Membership>().AsNoTracking().Where(m => membershipIds.Contains(m.Id))
            .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new { m.Id, u.DisplayName, m.InstitutionId }).ToListAsync(ct);
        var userIds = alert.Log.Select(l => l.AuthorId).Concat(alert.Mobilised.Select(m => m.AddedBy))
            .Concat(alert.Checklist.Where(c => c.DoneBy is not null).Select(c => c.DoneBy!.Value))
            .Concat(alert.ClosedBy is { } closedBy ? [closedBy] : []).Distinct().ToList();
        var users = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        string Of(Guid? institutionId) => institutionId is { } i && institutions.TryGetValue(i, out var name) ? $" ({name})" : "";
        return new ProcedurePeople
        {
            _institutions = institutions,
            _persons = persons.ToDictionary(p => p.Id, p => $"{p.FirstName} {p.LastName}, {p.Function}{Of(p.InstitutionId)}"),
            _memberships = memberships.ToDictionary(m => m.Id, m => m.DisplayName + Of(m.InstitutionId)),
            _users = users,
        };
    }

    public string Mobilised(AlertMobilisation m) =>
        (m.InstitutionId is { } i ? _institutions.GetValueOrDefault(i)
            : m.PersonId is { } p ? _persons.GetValueOrDefault(p)
            : m.MembershipId is { } s ? _memberships.GetValueOrDefault(s)
            : null) ?? "—";

    public string User(Guid userId) => _users.GetValueOrDefault(userId) ?? "—";
}
