using Coprod.Web.Modules.Privacy.Domain;

namespace Coprod.Web.Modules.Privacy;

/// <summary>PRIV-1: the personal-data guard of every anonymous free-text area.</summary>
public static class PrivacyModule
{
    public static IServiceCollection AddPrivacy(this IServiceCollection services)
    {
        services.AddSingleton<PersonalDataScanner>();
        return services;
    }
}
