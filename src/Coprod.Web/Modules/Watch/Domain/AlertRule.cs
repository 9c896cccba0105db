using Coprod.Web.Platform.Data;

namespace Coprod.Web.Modules.Watch.Domain;

/// <summary>
/// An alert rule of the watch cell (VEI-1), set by the coordinator: which events it counts (one
/// category or all of them together; the whole territory, one commune, one area or each area
/// separately) and when it fires — a <see cref="AlertRuleKind.Fixed"/> threshold over a rolling
/// window of days, or a <see cref="AlertRuleKind.Spike"/> of the ISO week against the same weeks of
/// previous years (<see cref="SpikeRule"/>). Inactive rules raise nothing; their alerts stay.
/// </summary>
public sealed class AlertRule : IVersioned
{
    public Guid Id { get; set; }
    public Guid PartnershipId { get; set; }
    public string Name { get; set; } = "";
    public AlertRuleKind Kind { get; set; }

    /// <summary>The event category's code (codes survive renames); null for all categories together.</summary>
    public string? CategoryCode { get; set; }

    public AlertScope Scope { get; set; }

    /// <summary>The commune (INSEE code) of a <see cref="AlertScope.Commune"/> rule.</summary>
    public string? CommuneInsee { get; set; }

    /// <summary>The area of an <see cref="AlertScope.Area"/> rule (any version of it counts).</summary>
    public Guid? AreaId { get; set; }

    /// <summary>Fixed: the count that raises the alert.</summary>
    public int? Threshold { get; set; }

    /// <summary>Fixed: the rolling window, in days up to and including the day of evaluation.</summary>
    public int? WindowDays { get; set; }

    /// <summary>Spike: standard deviations above the expected count (<see cref="SpikeOptions.Sigmas"/>).</summary>
    public double? Sigmas { get; set; }

    /// <summary>Spike: the smallest count that may raise an alert (<see cref="SpikeOptions.MinimumCount"/>).</summary>
    public int? MinimumCount { get; set; }

    /// <summary>Spike: how many previous years give comparable weeks (<see cref="SpikeOptions.Years"/>).</summary>
    public int? Years { get; set; }

    public bool IsActive { get; set; } = true;
    public DateTimeOffset CreatedAt { get; set; }
    public Guid Version { get; set; }

    /// <summary>The spike settings, the defaults of <see cref="SpikeOptions"/> filling what is not set.</summary>
    public SpikeOptions SpikeOptions => new(
        Years ?? SpikeOptions.Default.Years,
        Sigmas ?? SpikeOptions.Default.Sigmas,
        MinimumCount ?? SpikeOptions.Default.MinimumCount);
}
