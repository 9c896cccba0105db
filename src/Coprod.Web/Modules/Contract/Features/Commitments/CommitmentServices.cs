using Coprod.Web.Modules.Directory.HandOver;

namespace Coprod.Web.Modules.Contract.Features.Commitments;

/// <summary>The commitments' use cases (CLS-4), their reminders' job and their hand-over on departure.</summary>
public static class CommitmentServices
{
    public static IServiceCollection AddCommitments(this IServiceCollection services)
    {
        services.AddOptions<CommitmentReminderOptions>().BindConfiguration(CommitmentReminderOptions.Section);
        services.AddScoped<CommitmentRules>();
        services.AddScoped<CommitmentRecipients>();
        services.AddScoped<CommitmentPlenary>();
        services.AddScoped<CreateCommitment.Handler>();
        services.AddScoped<CreateSheetCommitments.Handler>();
        services.AddScoped<UpdateCommitment.Handler>();
        services.AddScoped<CompleteCommitment.Handler>();
        services.AddScoped<AnswerCommitment.Handler>();
        services.AddScoped<ListCommitments.Handler>();
        services.AddScoped<GetCommitment.Handler>();
        services.AddScoped<MyCommitmentCount.Handler>();
        services.AddScoped<CommitmentReminders.Handler>();
        services.AddScoped<IHandOverSource, CommitmentHandOver>();
        services.AddHostedService<CommitmentReminderJob>();
        return services;
    }
}
