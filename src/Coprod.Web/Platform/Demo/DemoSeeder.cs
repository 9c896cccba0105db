using Coprod.Web.Modules.Directory.Domain;
using Coprod.Web.Modules.Partnerships.Domain;
using Coprod.Web.Platform.Auth;
using Coprod.Web.Platform.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Coprod.Web.Platform.Demo;

/// <summary>Writes the demo once; a second start finds it and changes nothing.</summary>
internal sealed class DemoSeeder(CoprodDbContext db, UserManager<CoprodUser> users, TimeProvider clock)
{
    public async Task<bool> SeedAsync(CancellationToken ct = default)
    {
        if (await db.Set<Partnership>().AnyAsync(p => p.Id == DemoData.Metropole, ct))
        {
            return false;
        }
        var start = new DateOnly(2024, 1, 1);
        db.Add(new Partnership
        {
            Id = DemoData.Metropole,
            Kind = PartnershipKind.Cispd,
            Name = "Grenoble-Alpes Métropole (démo)",
            CreatedOn = new DateOnly(2015, 6, 1),
            EpciSiren = DemoData.MetropoleSiren,
            Communes = [new() { InseeCode = DemoData.GrenobleInsee }, new() { InseeCode = DemoData.EchirollesInsee }, new() { InseeCode = DemoData.SaintMartinInsee }],
        });
        db.Add(new Partnership
        {
            Id = DemoData.Echirolles,
            Kind = PartnershipKind.Clspd,
            Name = "Échirolles (démo)",
            CreatedOn = new DateOnly(2002, 3, 1),
            Communes = [new() { InseeCode = DemoData.EchirollesInsee }],
        });

        var institutions = new Dictionary<(Guid, string), Guid>();
        foreach (var seed in DemoData.Institutions)
        {
            foreach (var (partnershipId, included) in new[] { (DemoData.Metropole, seed.InMetropole), (DemoData.Echirolles, seed.InEchirolles) })
            {
                if (!included)
                {
                    continue;
                }
                var institution = new Institution { Id = Guid.NewGuid(), PartnershipId = partnershipId, Name = seed.Name, Type = seed.Type };
                institutions[(partnershipId, seed.Key)] = institution.Id;
                db.Add(institution);
            }
        }

        foreach (var seed in DemoData.Accounts)
        {
            var user = new CoprodUser
            {
                Id = Guid.NewGuid(),
                Email = seed.Email,
                UserName = seed.Email,
                EmailConfirmed = true,
                DisplayName = seed.DisplayName,
                PlatformRole = seed.PlatformRole,
                DepartementCode = seed.PlatformRole == PlatformRole.Departement ? "38" : null,
                CreatedAt = clock.GetUtcNow(),
            };
            var result = await users.CreateAsync(user, DemoModule.Password);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException("Demo account could not be created: " + string.Join("; ", result.Errors.Select(e => e.Code)));
            }
            if (seed.Role is not { } role)
            {
                continue;
            }
            foreach (var partnershipId in new[] { DemoData.Metropole, DemoData.Echirolles })
            {
                institutions.TryGetValue((partnershipId, seed.InstitutionKey!), out var institutionId);
                db.Add(new Membership
                {
                    Id = Guid.NewGuid(),
                    PartnershipId = partnershipId,
                    UserId = user.Id,
                    Role = role,
                    InstitutionId = institutionId == Guid.Empty ? null : institutionId,
                    StartsOn = start,
                });
            }
        }
        await db.SaveChangesAsync(ct);
        return true;
    }
}
