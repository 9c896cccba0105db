using Coprod.Web.Modules.Directory.Domain;
using Coprod.Web.Modules.Partnerships.Domain;
using Coprod.Web.Platform.Auth;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace Coprod.IntegrationTests;

/// <summary>Builders for the data a test needs; everything gets fresh ids so tests never collide.</summary>
public static class TestData
{
    public const string Password = "Test-Password-2026!";

    /// <summary>A new account; admins get 2FA on by default since the admin policy requires it.</summary>
    public static async Task<CoprodUser> CreateUserAsync(this AppFactory app, PlatformRole platformRole = PlatformRole.None, string? password = null, string? departementCode = null, bool? twoFactor = null)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CoprodUser>>();
        var id = Guid.NewGuid();
        var user = new CoprodUser
        {
            Id = id,
            Email = $"user-{id:N}@test.coprod.fr",
            UserName = $"user-{id:N}@test.coprod.fr",
            DisplayName = "Test " + id.ToString("N")[..6],
            PlatformRole = platformRole,
            DepartementCode = departementCode,
            TwoFactorEnabled = twoFactor ?? platformRole == PlatformRole.Admin,
            CreatedAt = DateTimeOffset.UtcNow,
        };
        var result = password is null ? await users.CreateAsync(user) : await users.CreateAsync(user, password);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
        return user;
    }

    public static async Task<Partnership> CreatePartnershipAsync(this AppFactory app, PartnershipKind kind = PartnershipKind.Clspd, params string[] communes)
    {
        var partnership = new Partnership
        {
            Id = Guid.NewGuid(),
            Kind = kind,
            Name = $"Partenariat {Guid.NewGuid():N}"[..24],
            CreatedOn = new DateOnly(2024, 1, 1),
            Communes = (communes.Length == 0 ? ["38151"] : communes).Select(c => new PartnershipCommune { InseeCode = c }).ToList(),
        };
        await app.WithDbAsync(async db =>
        {
            db.Add(partnership);
            await db.SaveChangesAsync();
        });
        return partnership;
    }

    public static async Task<Membership> GrantAsync(this AppFactory app, CoprodUser user, Partnership partnership, PartnershipRole role, Guid? institutionId = null, DateOnly? endsOn = null,
        DateOnly? startsOn = null)
    {
        var membership = new Membership
        {
            Id = Guid.NewGuid(),
            PartnershipId = partnership.Id,
            UserId = user.Id,
            Role = role,
            InstitutionId = institutionId,
            StartsOn = startsOn ?? new DateOnly(2024, 1, 1),
            EndsOn = endsOn,
        };
        await app.WithDbAsync(async db =>
        {
            db.Add(membership);
            await db.SaveChangesAsync();
        });
        return membership;
    }

    /// <summary>A new partnership with one member in the given role; returns both and a signed-in client.</summary>
    public static async Task<(Partnership Partnership, CoprodUser User, HttpClient Client)> MemberAsync(this AppFactory app, PartnershipRole role, params string[] communes)
    {
        var partnership = await app.CreatePartnershipAsync(PartnershipKind.Clspd, communes);
        var user = await app.CreateUserAsync();
        await app.GrantAsync(user, partnership, role);
        return (partnership, user, app.ClientFor(user.Id));
    }

    public static async Task<Institution> CreateInstitutionAsync(this AppFactory app, Partnership partnership, InstitutionType type = InstitutionType.PoliceMunicipale, string? name = null)
    {
        var institution = new Institution { Id = Guid.NewGuid(), PartnershipId = partnership.Id, Type = type, Name = name ?? $"Institution {Guid.NewGuid():N}"[..20] };
        await app.WithDbAsync(async db =>
        {
            db.Add(institution);
            await db.SaveChangesAsync();
        });
        return institution;
    }

    /// <summary>The messages written to this address (the mail folder is shared by all tests; addresses are unique).</summary>
    public static IReadOnlyList<MimeMessage> MailsTo(this AppFactory app, string email) => !Directory.Exists(app.MailFolder) ? [] :
        Directory.EnumerateFiles(app.MailFolder, "*.eml")
            .Where(f => File.ReadAllText(f).Contains(email, StringComparison.OrdinalIgnoreCase))
            .Select(f => MimeMessage.Load(f))
            .Where(m => m.To.Mailboxes.Any(b => b.Address.Equals(email, StringComparison.OrdinalIgnoreCase)))
            .ToList();
}
