using Coprod.Web.Platform;
using Microsoft.Extensions.Options;

namespace Coprod.Web.Modules.Contract.Features.Values;

/// <summary><c>Contract:IndicatorComputation</c>: the counted indicators are computed every <see cref="Interval"/> (default one day).</summary>
public sealed class IndicatorComputationOptions
{
    public const string Section = "Contract:IndicatorComputation";

    public TimeSpan Interval { get; set; } = TimeSpan.FromDays(1);
}

/// <summary>Runs <see cref="ComputeIndicatorValues"/> for every counted indicator every <see cref="IndicatorComputationOptions.Interval"/>; a pass is idempotent.</summary>
internal sealed class ComputeIndicatorValuesJob(IServiceScopeFactory scopes, IOptions<IndicatorComputationOptions> options, TimeProvider clock,
    ILogger<ComputeIndicatorValuesJob> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.Interval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            await JobPass.RunAsync(scopes, log, "Indicator computation", (ComputeIndicatorValues.Handler h) => h.RunOnceAsync(clock.GetUtcNow(), stoppingToken));
        }
    }
}
