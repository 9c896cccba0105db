using Coprod.Web.Modules.Confidential.Protection;

namespace Coprod.Web.Modules.Confidential.Features.Retention;

/// <summary>The services of retention and key rotation (CONF-5, CONF-6), added by <see cref="ConfidentialModule.AddConfidential"/>.</summary>
internal static class RetentionServices
{
    public static IServiceCollection AddRetention(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<DestroyDueCases.Handler>();
        services.AddScoped<ResealContent.Handler>();
        services.AddOptions<RetentionOptions>().Bind(configuration.GetSection(RetentionOptions.Section));
        services.AddHostedService<RetentionJob>();
        return services;
    }
}
