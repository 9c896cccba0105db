using Coprod.Web.Modules.Directory.Domain;
using Coprod.Web.Modules.Events.Domain;
using Coprod.Web.Modules.Partnerships.Domain;
using Coprod.Web.Platform.Auth;
using Coprod.Web.Platform.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Coprod.Bench.Events;

/// <summary>
/// The partnership the end-to-end runs report into: a CLSPD over Grenoble (38185), a reporting
/// institution whose system holds an API key, <c>K</c> recipient institutions, a coordinator, and
/// recipient members spread over the recipients. Accounts, partnership and memberships are written
/// with the app's own model (as an administrator's tools would); the API key and the routing rules
/// are created through the API by the coordinator, as in production. Rule <c>i</c> routes the
/// category <see cref="CategoryFor"/>(i) at once to recipient <c>i</c> (with one recipient: every category).
/// </summary>
internal sealed class BenchWorld
{
    public const string Commune = "38185";
    public const string Password = "Bench-Password-2026!";

    /// <summary>One category is routed to each recipient institution.</summary>
    public static int MaxRecipientInstitutions => DefaultCategories.All.Count;

    public required Guid PartnershipId { get; init; }
    public required Guid ReporterInstitutionId { get; init; }
    public required IReadOnlyList<Guid> RecipientInstitutionIds { get; init; }

    /// <summary>Recipient members: e-mail and institution index.</summary>
    public required IReadOnlyList<(string Email, int Institution)> Recipients { get; init; }

    public required string CoordinatorEmail { get; init; }

    /// <summary>The reporting institution's API key (sent as <c>X-Api-Key</c>).</summary>
    public string ApiKey { get; private set; } = "";

    public string EventsPath => $"/api/v1/partnerships/{PartnershipId}/events";

    /// <summary>The category routed to recipient <paramref name="institution"/> when there are several.</summary>
    public static string CategoryFor(int institution) => DefaultCategories.All[institution % DefaultCategories.All.Count].Code;

    /// <summary>Writes the partnership, institutions and accounts into the (migrated) database.</summary>
    public static async Task<BenchWorld> SeedAsync(string connectionString, int recipientInstitutions, int recipientUsers)
    {
        if (recipientInstitutions > MaxRecipientInstitutions)
        {
            throw new ArgumentException($"At most {MaxRecipientInstitutions} recipient institutions (one category each).");
        }
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddDbContext<CoprodDbContext, PostgresCoprodDbContext>(o => o.UseNpgsql(connectionString));
        services.AddIdentityCore<CoprodUser>().AddRoles<IdentityRole<Guid>>().AddEntityFrameworkStores<CoprodDbContext>();
        await using var provider = services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CoprodDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CoprodUser>>();

        var partnership = new Partnership
        {
            Id = Guid.NewGuid(),
            Kind = PartnershipKind.Clspd,
            Name = "CLSPD banc d'essai",
            CreatedOn = new DateOnly(2024, 1, 1),
            Communes = [new PartnershipCommune { InseeCode = Commune }],
        };
        var reporter = new Institution { Id = Guid.NewGuid(), PartnershipId = partnership.Id, Type = InstitutionType.PoliceMunicipale, Name = "Police municipale" };
        var recipients = Enumerable.Range(0, recipientInstitutions)
            .Select(i => new Institution { Id = Guid.NewGuid(), PartnershipId = partnership.Id, Type = InstitutionType.Association, Name = $"Destinataire {i + 1}" })
            .ToList();
        db.Add(partnership);
        db.Add(reporter);
        db.AddRange(recipients);
        await db.SaveChangesAsync();

        // One password hash for every account: the hashing is deliberately slow, and a salted hash verifies for any of them.
        var hash = users.PasswordHasher.HashPassword(new CoprodUser(), Password);
        var coordinator = await CreateUserAsync(users, hash, "coordination");
        db.Add(Seat(partnership.Id, coordinator.Id, PartnershipRole.Coordinateur, reporter.Id));
        var members = new List<(string, int)>(recipientUsers);
        for (var i = 0; i < recipientUsers; i++)
        {
            var user = await CreateUserAsync(users, hash, $"destinataire-{i}");
            db.Add(Seat(partnership.Id, user.Id, PartnershipRole.Partenaire, recipients[i % recipientInstitutions].Id));
            members.Add((user.Email!, i % recipientInstitutions));
        }
        await db.SaveChangesAsync();
        return new BenchWorld
        {
            PartnershipId = partnership.Id,
            ReporterInstitutionId = reporter.Id,
            RecipientInstitutionIds = recipients.Select(r => r.Id).ToList(),
            Recipients = members,
            CoordinatorEmail = coordinator.Email!,
        };
    }

    /// <summary>The coordinator creates the reporting system's API key and, when asked, the routing rules, through the API.</summary>
    public async Task ConfigureAsync(CoprodApi api, bool routing)
    {
        var coordinator = await api.LoginAsync(CoordinatorEmail, Password);
        ApiKey = await api.CreateApiKeyAsync(coordinator, PartnershipId, ReporterInstitutionId);
        if (!routing)
        {
            return;
        }
        for (var i = 0; i < RecipientInstitutionIds.Count; i++)
        {
            string[] categories = RecipientInstitutionIds.Count == 1 ? [] : [CategoryFor(i)];
            await api.CreateRoutingRuleAsync(coordinator, PartnershipId, $"Banc d'essai {i + 1}", categories, RecipientInstitutionIds[i]);
        }
    }

    private static async Task<CoprodUser> CreateUserAsync(UserManager<CoprodUser> users, string passwordHash, string name)
    {
        var id = Guid.NewGuid();
        var user = new CoprodUser
        {
            Id = id,
            Email = $"{name}-{id:N}@bench.coprod.invalid",
            UserName = $"{name}-{id:N}@bench.coprod.invalid",
            DisplayName = name,
            PasswordHash = passwordHash,
            CreatedAt = DateTimeOffset.UtcNow,
        };
        var result = await users.CreateAsync(user);
        return result.Succeeded ? user : throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
    }

    private static Membership Seat(Guid partnershipId, Guid userId, PartnershipRole role, Guid institutionId) => new()
    {
        Id = Guid.NewGuid(),
        PartnershipId = partnershipId,
        UserId = userId,
        Role = role,
        InstitutionId = institutionId,
        StartsOn = new DateOnly(2024, 1, 1),
    };
}
