namespace Coprod.Web.Platform.Demo;

/// <summary>
/// The demo partnerships and accounts. Seeded in Development, with <c>--demo</c> or with
/// <c>Demo:Seed=true</c>; refused in Production, where demo passwords must never exist.
/// </summary>
public static class DemoModule
{
    public const string Password = "Coprod-Demo-2026!";

    public static IServiceCollection AddDemo(this IServiceCollection services)
    {
        services.AddScoped<DemoSeeder>();
        return services;
    }

    public static async Task SeedDemoIfAskedAsync(this WebApplication app, string[] args)
    {
        var asked = args.Contains("--demo") || app.Configuration.GetValue("Demo:Seed", false) || app.Environment.IsDevelopment();
        if (!asked)
        {
            return;
        }
        if (app.Environment.IsProduction())
        {
            throw new InvalidOperationException("The demo cannot be seeded in Production: it creates accounts with a published password.");
        }
        await using var scope = app.Services.CreateAsyncScope();
        var created = await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync();
        Console.WriteLine(created
            ? "Démo créée : comptes ci-dessous, mot de passe " + Password
            : "Démo présente : comptes ci-dessous, mot de passe " + Password);
        foreach (var account in DemoData.Accounts)
        {
            Console.WriteLine($"  {account.Email,-36} {account.Description}");
        }
    }
}
