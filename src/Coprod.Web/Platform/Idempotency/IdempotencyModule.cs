namespace Coprod.Web.Platform.Idempotency;

/// <summary>Idempotency-Key support for creating requests (REL-1), and the hourly purge of old answers.</summary>
public static class IdempotencyModule
{
    public static IServiceCollection AddIdempotency(this IServiceCollection services)
    {
        services.AddScoped<IdempotencyKeys>();
        services.AddScoped<IdempotentCreate>();
        services.AddScoped<IdempotencyPurge.Handler>();
        services.AddOptions<IdempotencyOptions>().BindConfiguration(IdempotencyOptions.Section);
        services.AddHostedService<IdempotencyPurge.Job>();
        return services;
    }
}
