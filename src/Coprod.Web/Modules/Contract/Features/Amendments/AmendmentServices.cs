namespace Coprod.Web.Modules.Contract.Features.Amendments;

/// <summary>The amendments' services (CLS-5), added by <see cref="ContractModule.AddContract"/>.</summary>
internal static class AmendmentServices
{
    public static IServiceCollection AddAmendments(this IServiceCollection services)
    {
        services.AddScoped<ISheetContentChecks, SheetContentChecks>();
        services.AddScoped<AmendmentReader>();
        services.AddScoped<AmendmentChecks>();
        services.AddScoped<AmendmentApplier>();
        services.AddScoped<ProposeAmendment.Handler>();
        services.AddScoped<UpdateAmendment.Handler>();
        services.AddScoped<WithdrawAmendment.Handler>();
        services.AddScoped<DecideAmendment.Handler>();
        services.AddScoped<ListAmendments.Handler>();
        services.AddScoped<GetAmendment.Handler>();
        return services;
    }
}
