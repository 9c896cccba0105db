using Coprod.Web.Components;
using Coprod.Web.Components.Shared;
using Coprod.Web.Platform.Auth;
using Coprod.Web.Platform.Localization;
using MudBlazor.Services;

namespace Coprod.Web.Platform;

/// <summary>The Blazor interface: interactive server pages, MudBlazor, the culture switch.</summary>
public static class UiModule
{
    public static IServiceCollection AddCoprodUi(this IServiceCollection services)
    {
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddMudServices();
        services.AddCascadingAuthenticationState();
        services.AddScoped<Handlers>();
        services.AddScoped<Microsoft.AspNetCore.Components.Authorization.AuthenticationStateProvider, RevalidatingUserStateProvider>();
        return services;
    }

    public static WebApplication MapCoprodUi(this WebApplication app)
    {
        app.MapStaticAssets();
        app.MapCultureSwitch();
        app.MapAccountFormEndpoints();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }
}
