using Coprod.Web.Modules.Privacy.Domain;
using Coprod.Web.Modules.Territory.Domain;

namespace Coprod.Web.Modules.Privacy;

/// <summary>PRIV-1: the personal-data guard of every anonymous free-text area.</summary>
public static class PrivacyModule
{
    public static IServiceCollection AddPrivacy(this IServiceCollection services)
    {
        services.AddSingleton(sp => new PersonalDataScanner(sp.GetRequiredService<IGeography>()));
        return services;
    }
}
