using Coprod.Web.Modules.Events.Endpoints;
using Coprod.Web.Modules.Events.Features;
using Coprod.Web.Modules.Events.Hubs;
using Coprod.Web.Platform.Auth;
using Coprod.Web.Platform.Auth.ApiKeys;

namespace Coprod.Web.Modules.Events;

/// <summary>
/// EVT: events reported by partners and field agents — anonymous, placed by point-in-polygon,
/// idempotent on retry — with the partnership's editable taxonomy, list and filters (EVT-1); sent by
/// partners' systems with institution API keys, singly or in batches, or imported from CSV (EVT-4);
/// exported in CSV and GeoJSON (EVT-5);
/// routed by the coordinator's protocol (EVT-2) to a live feed with acknowledgement, follow-up,
/// escalation and a daily digest (EVT-3). Besides the two module methods, <see cref="MapEventsHub"/>
/// maps the module's hub at the site root, outside the API prefix.
/// </summary>
public static class EventsModule
{
    public static IServiceCollection AddEvents(this IServiceCollection services)
    {
        services.AddScoped<EventAccess>();
        services.AddScoped<EventCategories>();
        services.AddScoped<EventReferenceData>();
        services.AddScoped<EventIntake>();
        services.AddScoped<EventSaver>();
        services.AddScoped<EventDtos>();
        services.AddScoped<ReportEvent.Handler>();
        services.AddScoped<ListEvents.Handler>();
        services.AddScoped<ListEventPoints.Handler>();
        services.AddOptions<Pages.MapOptions>().BindConfiguration(Pages.MapOptions.Section);
        services.AddScoped<GetEvent.Handler>();
        services.AddScoped<ListCategories.Handler>();
        services.AddScoped<SaveCategory.Handler>();
        services.AddScoped<RoutingEngine>();
        services.AddScoped<IEventListener, EventRouter>();
        services.AddScoped<RoutingRuleChecks>();
        services.AddScoped<ListRoutingRules.Handler>();
        services.AddScoped<CreateRoutingRule.Handler>();
        services.AddScoped<UpdateRoutingRule.Handler>();
        services.AddScoped<DeleteRoutingRule.Handler>();
        services.AddScoped<SimulateRouting.Handler>();
        services.AddScoped<FeedGroups>();
        services.AddSingleton<HubConnections>();
        services.AddOptions<HubOptions>().BindConfiguration(HubOptions.Section);
        services.AddHostedService<HubRegroupJob>();
        services.AddScoped<EventNotifier>();
        services.AddScoped<DeliveryAccess>();
        services.AddScoped<DeliveryDtos>();
        services.AddScoped<ListInbox.Handler>();
        services.AddScoped<ListMyReports.Handler>();
        services.AddScoped<ListEscalations.Handler>();
        services.AddScoped<ListDeliveries.Handler>();
        services.AddScoped<AcknowledgeEvent.Handler>();
        services.AddScoped<AddFollowUp.Handler>();
        services.AddScoped<EventMailRecipients>();
        services.AddScoped<EventMailText>();
        services.AddScoped<EscalateDeliveries.Handler>();
        services.AddScoped<SendDigests.Handler>();
        services.AddOptions<EscalationOptions>().BindConfiguration(EscalationOptions.Section);
        services.AddOptions<DigestOptions>().BindConfiguration(DigestOptions.Section);
        services.AddHostedService<EscalationJob>();
        services.AddHostedService<DigestJob>();
        services.AddScoped<EventSenders>();
        services.AddScoped<EventSubmission>();
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
        events.MapRoutingRuleEndpoints();
        events.MapFeedEndpoints();
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

    /// <summary>The live feed hub at <see cref="EventsHub.Path"/> (<c>/hubs/events</c>).</summary>
    public static IEndpointRouteBuilder MapEventsHub(this IEndpointRouteBuilder app)
    {
        app.MapHub<EventsHub>(EventsHub.Path);
        return app;
    }
}
