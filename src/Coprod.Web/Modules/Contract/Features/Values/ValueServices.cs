namespace Coprod.Web.Modules.Contract.Features.Values;

/// <summary>The indicator values' use cases: entered by the responsible partner, computed from the events module by a daily job.</summary>
public static class ValueServices
{
    public static IServiceCollection AddIndicatorValues(this IServiceCollection services)
    {
        services.AddOptions<IndicatorComputationOptions>().BindConfiguration(IndicatorComputationOptions.Section);
        services.AddScoped<IndicatorLookup>();
        services.AddScoped<ListIndicatorValues.Handler>();
        services.AddScoped<RecordIndicatorValue.Handler>();
        services.AddScoped<ComputeIndicatorValues.Handler>();
        services.AddHostedService<ComputeIndicatorValuesJob>();
        return services;
    }
}
