using Coprod.Web.Platform.Auth;
using Coprod.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Coprod.Web.Modules.Partnerships.Features;

/// <summary>The operator's list of accounts, filtered by a text on name or e-mail.</summary>
public static class ListAccounts
{
    public sealed record Item(Guid Id, string Email, string DisplayName, PlatformRole PlatformRole, string? DepartementCode, bool TwoFactorEnabled, bool LockedOut, int Memberships);

    public sealed class Handler(CoprodDbContext db, TimeProvider clock)
    {
        public async Task<IReadOnlyList<Item>> HandleAsync(string? query, int limit, CancellationToken ct = default)
        {
            var now = clock.GetUtcNow();
            var users = db.Users.AsNoTracking();
            if (!string.IsNullOrWhiteSpace(query))
            {
                var q = query.Trim().ToUpperInvariant();
                users = users.Where(u => u.NormalizedEmail!.Contains(q) || u.DisplayName.ToUpper().Contains(q));
            }
            var rows = await users.OrderBy(u => u.DisplayName).Take(Math.Clamp(limit, 1, 500))
                .Select(u => new { u, Memberships = db.Set<Domain.Membership>().Count(m => m.UserId == u.Id) })
                .ToListAsync(ct);
            return rows.Select(r => new Item(r.u.Id, r.u.Email ?? "", r.u.DisplayName, r.u.PlatformRole, r.u.DepartementCode, r.u.TwoFactorEnabled,
                r.u.LockoutEnd is { } end && end > now, r.Memberships)).ToList();
        }
    }
}
