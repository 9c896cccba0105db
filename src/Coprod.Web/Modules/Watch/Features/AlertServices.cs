using Microsoft.AspNetCore.Authorization;

namespace Coprod.Web.Modules.Watch.Features;

/// <summary>The services of the alerts (VEI-1, VEI-2), added by <see cref="WatchModule.AddWatch"/>.</summary>
internal static class AlertServices
{
    public static IServiceCollection AddWatchAlerts(this IServiceCollection services)
    {
        services.AddScoped<WatchAccess>();
        services.AddSingleton<IAuthorizationHandler, WatchTeamHandler>();
        services.AddAuthorizationBuilder()
            .AddPolicy(WatchPolicies.WatchTeam, p => p.RequireAuthenticatedUser().AddRequirements(new WatchTeamRequirement()));
        services.AddScoped<AlertEvents>();
        services.AddScoped<AlertNotifier>();
        services.AddScoped<AlertRaising>();
        services.AddScoped<EvaluateAlerts.Handler>();
        services.AddOptions<AlertEvaluationOptions>().BindConfiguration(AlertEvaluationOptions.Section);
        services.AddHostedService<AlertEvaluationJob>();
        services.AddScoped<AlertRuleChecks>();
        services.AddScoped<ListAlertRules.Handler>();
        services.AddScoped<CreateAlertRule.Handler>();
        services.AddScoped<UpdateAlertRule.Handler>();
        services.AddScoped<DeleteAlertRule.Handler>();
        services.AddScoped<AlertHistory>();
        services.AddScoped<AlertReader>();
        services.AddScoped<ListAlerts.Handler>();
        services.AddScoped<GetAlert.Handler>();
        services.AddScoped<ProcedureEditing>();
        services.AddScoped<ProcedureLine>();
        services.AddScoped<MobiliseChecks>();
        services.AddScoped<OpenProcedure.Handler>();
        services.AddScoped<AddMobilised.Handler>();
        services.AddScoped<RemoveMobilised.Handler>();
        services.AddScoped<AddChecklistItem.Handler>();
        services.AddScoped<CheckChecklistItem.Handler>();
        services.AddScoped<AddLogEntry.Handler>();
        services.AddScoped<ScheduleUrgentMeeting.Handler>();
        services.AddScoped<CloseAlert.Handler>();
        services.AddScoped<ListRuleChoices.Handler>();
        services.AddScoped<ListMobiliseChoices.Handler>();
        return services;
    }
}
