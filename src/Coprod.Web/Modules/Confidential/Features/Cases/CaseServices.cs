namespace Coprod.Web.Modules.Confidential.Features.Cases;

/// <summary>The use cases of confidential cases (CONF-2 to CONF-5, CONF-7).</summary>
public static class CaseServices
{
    public static IServiceCollection AddCases(this IServiceCollection services)
    {
        services.AddScoped<CaseNames>();
        services.AddScoped<CaseNotifier>();
        services.AddScoped<ActiveCases>();
        services.AddScoped<ListCases.Handler>();
        services.AddScoped<OpenCase.Handler>();
        services.AddScoped<GetCase.Handler>();
        services.AddScoped<UpdateCase.Handler>();
        services.AddScoped<CloseCase.Handler>();
        services.AddScoped<AddEntry.Handler>();
        services.AddScoped<ReadAccessLog.Handler>();
        services.AddScoped<ReadAccessLog.VerifyHandler>();
        services.AddScoped<ExportCase.Handler>();
        return services;
    }
}
