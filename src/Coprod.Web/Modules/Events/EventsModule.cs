using Coprod.Web.Modules.Events.Endpoints;
using Coprod.Web.Modules.Events.Features;
using Coprod.Web.Platform.Auth;
using Coprod.Web.Platform.Auth.ApiKeys;
using Coprod.Web.Platform.Idempotency;

namespace Coprod.Web.Modules.Events;

/// <summary>
/// EVT: events reported by partners and field agents — anonymous, placed by point-in-polygon,
/// idempotent on retry — with the partnership's editable taxonomy, list and filters; partners'
/// systems send them with institution API keys, singly or in batches, and CSV files are imported;
/// exports in CSV and GeoJSON.
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
        services.AddScoped<EventSenders>();
        services.AddScoped<ReportEventBatch.Handler>();
        services.AddScoped<IApiKeyLookup, ApiKeyLookup>();
        services.AddScoped<CreateApiKey.Handler>();
        services.AddScoped<ListApiKeys.Handler>();
        services.AddScoped<RevokeApiKey.Handler>();
        services.AddScoped<ImportEvents.Handler>();
        services.AddScoped<EventExport>();
        services.AddScoped<ExportEventsGeoJson.Handler>();
        services.AddScoped<ExportEventsCsv.Handler>();
        return services;
    }

    /// <summary>
    /// Under <c>/partnerships/{partnershipId}/events</c>, for every member; the taxonomy and API keys
    /// are the coordinator's. The ingest routes (report, batch) also take an API key of the partnership.
    /// </summary>
    public static IEndpointRouteBuilder MapEventsEndpoints(this IEndpointRouteBuilder api)
    {
        var events = api.MapGroup("/partnerships/{partnershipId:guid}/events")
            .RequireAuthorization(CoprodPolicies.PartnershipMember)
            .WithTags("Events");
        events.MapEventEndpoints();
        events.MapApiKeyEndpoints();
        events.MapImportEndpoint();
        // Not under the member policy: policies combine, and a key is no member.
        var ingest = api.MapGroup("/partnerships/{partnershipId:guid}/events")
            .RequireAuthorization(CoprodPolicies.PartnershipIngest)
            .WithTags("Events");
        ingest.MapIngestEndpoints();
        var exports = api.MapGroup("/partnerships/{partnershipId:guid}")
            .RequireAuthorization(CoprodPolicies.PartnershipMember)
            .WithTags("Events");
        exports.MapExportEndpoints();
        return api;
    }
}
