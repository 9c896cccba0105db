using Coprod.Web.Modules.Directory.HandOver;
using Coprod.Web.Modules.Governance.Endpoints;
using Coprod.Web.Modules.Governance.Features;
using Coprod.Web.Platform.Auth;

namespace Coprod.Web.Modules.Governance;

/// <summary>
/// GOV-1 and GOV-2: the partnership's bodies (plenary, restricted formation, working groups, GLTD…),
/// their members and meetings: agenda, invitations (e-mail and iCalendar), attendance, minutes, documents, and
/// the plenary convened as of right; GOV-3: the decisions register, carried over until closed. Feeds the yearly plenary obligation of the compliance panel.
/// </summary>
public static class GovernanceModule
{
    public static IServiceCollection AddGovernance(this IServiceCollection services)
    {
        services.AddScoped<GovernanceAccess>();
        services.AddScoped<MeetingEditing>();
        services.AddScoped<ListBodies.Handler>();
        services.AddScoped<ComputeHealth.Handler>();
        services.AddScoped<GetBody.Handler>();
        services.AddScoped<CreateBody.Handler>();
        services.AddScoped<UpdateBody.Handler>();
        services.AddScoped<ListBodyTemplates.Handler>();
        services.AddScoped<ScheduleMeeting.Handler>();
        services.AddScoped<GetMeeting.Handler>();
        services.AddScoped<UpdateMeeting.Handler>();
        services.AddScoped<CancelMeeting.Handler>();
        services.AddScoped<RecordAttendance.Handler>();
        services.AddScoped<SaveMinutes.Handler>();
        services.AddScoped<ListMeetingDocuments.Handler>();
        services.AddScoped<UploadMeetingDocument.Handler>();
        services.AddScoped<DownloadMeetingDocument.Handler>();
        services.AddScoped<DeleteMeetingDocument.Handler>();
        services.AddScoped<GetInvitation.Handler>();
        services.AddScoped<SendInvitations.Handler>();
        services.AddScoped<ReadConvocation.Handler>();
        services.AddScoped<RequestConvocation.Handler>();
        services.AddScoped<ListGovernanceAlerts.Handler>();
        services.AddScoped<LastPlenary.Handler>();
        services.AddScoped<DecisionRules>();
        services.AddScoped<RecordDecision.Handler>();
        services.AddScoped<UpdateDecision.Handler>();
        services.AddScoped<ListDecisions.Handler>();
        services.AddScoped<DecisionDigests.SendHandler>();
        services.AddScoped<DecisionDigests.MineHandler>();
        services.AddScoped<DecisionDigests.AcknowledgeHandler>();
        services.AddScoped<IHandOverSource, DecisionHandOver>();
        return services;
    }

    /// <summary>
    /// Under <c>/partnerships/{partnershipId}/governance</c>: reads for every member; writes need
    /// <see cref="CoprodPolicies.PartnershipContribute"/>, then the body's manager (<see cref="GovernanceAccess"/>).
    /// </summary>
    public static IEndpointRouteBuilder MapGovernanceEndpoints(this IEndpointRouteBuilder api)
    {
        var governance = api.MapGroup("/partnerships/{partnershipId:guid}/governance")
            .RequireAuthorization(CoprodPolicies.PartnershipMember)
            .WithTags("Governance");
        governance.MapBodyEndpoints();
        governance.MapMeetingEndpoints();
        governance.MapDecisionEndpoints();
        api.MapHealthEndpoints();
        return api;
    }
}
