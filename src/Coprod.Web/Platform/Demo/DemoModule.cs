using Coprod.Web.Platform.Auth;

namespace Coprod.Web.Platform.Demo;

/// <summary>
/// The demo partnerships and accounts. Seeded in Development, with <c>--demo</c> or with
/// <c>Demo:Seed=true</c>; refused in Production, where demo passwords must never exist.
/// </summary>
public static class DemoModule
{
    public const string Password = "Coprod-Demo-2026!";

    /// <summary>
    /// Registers the seeder. In the demo, the admin may work without 2FA so that anyone can
    /// explore the product in a minute; everywhere else 2FA is required of admins.
    /// </summary>
    public static WebApplicationBuilder AddDemo(this WebApplicationBuilder builder, string[] args)
    {
        builder.Services.AddScoped<DemoSeeder>();
        builder.Services.AddScoped<DemoGovernance>();
        builder.Services.AddScoped<DemoDirectory>();
        builder.Services.AddScoped<DemoRouting>();
        builder.Services.AddScoped<DemoEvents>();
        builder.Services.AddScoped<DemoWatchSetup>();
        builder.Services.AddScoped<DemoWatchProcedures>();
        builder.Services.AddScoped<DemoWatchStories>();
        builder.Services.AddScoped<DemoWatch>();
        builder.Services.AddScoped<DemoContractPlenary>();
        builder.Services.AddScoped<DemoContractFollowUp>();
        builder.Services.AddScoped<DemoContract>();
        builder.Services.AddScoped<DemoConfidentialCases>();
        builder.Services.AddScoped<DemoConfidential>();
        if (IsAsked(builder.Configuration, builder.Environment, args))
        {
            builder.Services.PostConfigure<AdminSecurityOptions>(o => o.AdminsRequireTwoFactor = false);
        }
        return builder;
    }

    /// <summary>Seeds what is missing of the demo (everything on a new database); true when the partnerships were created.</summary>
    internal static async Task<bool> SeedAsync(IServiceProvider services, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        var created = await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(ct);
        await scope.ServiceProvider.GetRequiredService<DemoGovernance>().SeedAsync(ct);
        await scope.ServiceProvider.GetRequiredService<DemoRouting>().SeedAsync(ct);
        // After the routing rules: the last days' events go through the real intake and are routed by them.
        await scope.ServiceProvider.GetRequiredService<DemoEvents>().SeedAsync(ct);
        // After the events: the watch cell's rules are evaluated over their history.
        await scope.ServiceProvider.GetRequiredService<DemoWatch>().SeedAsync(ct);
        await scope.ServiceProvider.GetRequiredService<DemoContract>().SeedAsync(ct);
        await scope.ServiceProvider.GetRequiredService<DemoConfidential>().SeedAsync(ct);
        return created;
    }

    private static bool IsAsked(IConfiguration configuration, IHostEnvironment environment, string[] args) =>
        args.Contains("--demo") || configuration.GetValue("Demo:Seed", false) || environment.IsDevelopment();

    public static async Task SeedDemoIfAskedAsync(this WebApplication app, string[] args)
    {
        if (!IsAsked(app.Configuration, app.Environment, args))
        {
            return;
        }
        if (app.Environment.IsProduction())
        {
            throw new InvalidOperationException("The demo cannot be seeded in Production: it creates accounts with a published password.");
        }
        var created = await SeedAsync(app.Services);
        Console.WriteLine(created
            ? "Démo créée : comptes ci-dessous, mot de passe " + Password
            : "Démo présente : comptes ci-dessous, mot de passe " + Password);
        foreach (var account in DemoData.Accounts)
        {
            Console.WriteLine($"  {account.Email,-36} {account.Description}");
        }
        Console.WriteLine("  (démo : la double authentification n'est pas exigée de l'administrateur)");
        Console.WriteLine($"  Double authentification des membres des groupes confidentiels ({string.Join(", ", DemoData.ConfidentialMembers)}) : "
            + $"clé {DemoData.ConfidentialTotpKey} — ajoutez-la dans votre application d'authentification");
    }
}
