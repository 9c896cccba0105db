namespace Coprod.Web.Platform.Demo;

/// <summary>The demo partnerships and accounts, seeded in Development or with <c>--demo</c>; never in Production.</summary>
public static class DemoModule
{
    public static IServiceCollection AddDemo(this IServiceCollection services)
    {
        return services;
    }

    public static Task SeedDemoIfAskedAsync(this WebApplication app, string[] args)
    {
        return Task.CompletedTask;
    }
}
