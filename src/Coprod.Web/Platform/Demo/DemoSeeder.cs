using Coprod.Web.Modules.Directory.Domain;
using Coprod.Web.Modules.Directory.Features;
using Coprod.Web.Modules.Partnerships.Domain;
using Coprod.Web.Modules.Territory.Features;
using Coprod.Web.Platform.Audit;
using Coprod.Web.Platform.Auth;
using Coprod.Web.Platform.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Coprod.Web.Platform.Demo;

/// <summary>
/// Writes the demo once; a second start finds it and changes nothing. The demo is recorded in the
/// audit trail as the operator's work, and its areas go through the real GeoJSON import.
/// </summary>
internal sealed class DemoSeeder(
    CoprodDbContext db, UserManager<CoprodUser> users, AuditTrail audit, ImportAreas.Handler importAreas, ImportDirectory.Handler importDirectory,
    DemoDirectory directory, TimeProvider clock)
{
    public async Task<bool> SeedAsync(CancellationToken ct = default)
    {
        if (await db.Set<Partnership>().AnyAsync(p => p.Id == DemoData.Metropole, ct))
        {
            // A demo seeded before the directory had services gets them now, once.
            await directory.SeedAsync(ct);
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

        var trail = new List<AuditEntry>();
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
                trail.Add(new AuditEntry(AuditEventType.InstitutionCreated, partnershipId, null, "institution", institution.Id.ToString(), new { type = seed.Type.ToString() }));
            }
        }

        var coordinatorId = Guid.Empty;
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
            if (role == PartnershipRole.Coordinateur)
            {
                coordinatorId = user.Id;
            }
            foreach (var partnershipId in new[] { DemoData.Metropole, DemoData.Echirolles })
            {
                institutions.TryGetValue((partnershipId, seed.InstitutionKey!), out var institutionId);
                var membershipId = Guid.NewGuid();
                trail.Add(new AuditEntry(AuditEventType.MembershipGranted, partnershipId, null, "membership", membershipId.ToString(), new { userId = user.Id, role = role.ToString() }));
                db.Add(new Membership
                {
                    Id = membershipId,
                    PartnershipId = partnershipId,
                    UserId = user.Id,
                    Role = role,
                    InstitutionId = institutionId == Guid.Empty ? null : institutionId,
                    StartsOn = start,
                });
            }
        }
        trail.InsertRange(0, new[] { DemoData.Metropole, DemoData.Echirolles }.Select(id =>
            new AuditEntry(AuditEventType.PartnershipCreated, id, null, "partnership", id.ToString(), new { demo = true })));
        await audit.SaveWithAuditAsync(ct, [.. trail]);

        await ImportAreasAsync(DemoData.Metropole, coordinatorId, [DemoData.GrenobleInsee, DemoData.EchirollesInsee, DemoData.SaintMartinInsee], ct);
        await ImportAreasAsync(DemoData.Echirolles, coordinatorId, [DemoData.EchirollesInsee], ct);
        await ImportPeopleAsync(coordinatorId, ct);
        await directory.SeedAsync(ct);
        return true;
    }

    // The directory goes through the real import, as a coordinator's CSV would.
    private async Task ImportPeopleAsync(Guid actorId, CancellationToken ct)
    {
        await using var csv = DemoPeople.Csv();
        var result = await importDirectory.HandleAsync(DemoData.Echirolles, actorId, csv, "annuaire.csv", dryRun: false, ct);
        if (result.Result is Microsoft.AspNetCore.Http.HttpResults.ValidationProblem problem)
        {
            throw new InvalidOperationException("Demo directory refused: " + string.Join("; ", problem.ProblemDetails.Errors.SelectMany(e => e.Value)));
        }
        var (lastName, leftOn) = DemoPeople.Former;
        var former = await db.Set<DirectoryPerson>().SingleAsync(p => p.PartnershipId == DemoData.Echirolles && p.LastName == lastName, ct);
        former.EndsOn = leftOn;
        await db.SaveChangesAsync(ct);
    }

    private async Task ImportAreasAsync(Guid partnershipId, Guid actorId, string[] communes, CancellationToken ct)
    {
        await using var geoJson = DemoAreas.GeoJsonFor(communes);
        var result = await importAreas.HandleAsync(partnershipId, actorId, geoJson, ct: ct);
        var errors = result.Result switch
        {
            Microsoft.AspNetCore.Http.HttpResults.ValidationProblem problem => problem.ProblemDetails.Errors,
            Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult { ProblemDetails: Microsoft.AspNetCore.Http.HttpValidationProblemDetails problem } => problem.Errors,
            _ => null,
        };
        if (errors is not null)
        {
            throw new InvalidOperationException("Demo areas refused: " + string.Join("; ", errors.SelectMany(e => e.Value)));
        }
    }
}
