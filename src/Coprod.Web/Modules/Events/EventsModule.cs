using Coprod.Web.Modules.Events.Endpoints;
using Coprod.Web.Modules.Events.Features;
using Coprod.Web.Platform.Auth;
using Coprod.Web.Platform.Idempotency;

namespace Coprod.Web.Modules.Events;

/// <summary>
/// EVT: events reported by partners and field agents — anonymous, placed by point-in-polygon,
/// idempotent on retry — with the partnership's editable taxonomy, list and filters.
/// </summary>
public static class EventsModule
{
    public static IServiceCollection AddEvents(this IServiceCollection services)
    {
        services.AddScoped<IdempotencyKeys>();
        services.AddScoped<IdempotentCreate>();
        services.AddScoped<EventAccess>();
        services.AddScoped<EventCategories>();
        services.AddScoped<EventIntake>();
        services.AddScoped<EventSaver>();
        services.AddScoped<EventDtos>();
        services.AddScoped<ReportEvent.Handler>();
        services.AddScoped<ListEvents.Handler>();
        services.AddScoped<GetEvent.Handler>();
        services.AddScoped<ListCategories.Handler>();
        services.AddScoped<SaveCategory.Handler>();
        return services;
    }

    /// <summary>Under <c>/partnerships/{partnershipId}/events</c>, for every member; the taxonomy is edited by the coordinator.</summary>
    public static IEndpointRouteBuilder MapEventsEndpoints(this IEndpointRouteBuilder api)
    {
        var events = api.MapGroup("/partnerships/{partnershipId:guid}/events")
            .RequireAuthorization(CoprodPolicies.PartnershipMember)
            .WithTags("Events");
        events.MapEventEndpoints();
        return api;
    }
}
