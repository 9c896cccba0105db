namespace Coprod.Web.Modules.Watch.Domain;

/// <summary>How an alert rule decides (VEI-1). Numbers are stored: never renumber.</summary>
public enum AlertRuleKind
{
    /// <summary>The count over a rolling window of days reaches a set number (<see cref="FixedThresholdRule"/>).</summary>
    Fixed = 1,

    /// <summary>The week's count is above the usual variation of the same weeks of previous years (<see cref="SpikeRule"/>).</summary>
    Spike = 2,
}

/// <summary>Where an alert rule counts events. Numbers are stored: never renumber.</summary>
public enum AlertScope
{
    /// <summary>The partnership's whole territory, as one count.</summary>
    Territory = 1,

    /// <summary>One commune of the partnership.</summary>
    Commune = 2,

    /// <summary>One sub-municipal area (its earlier and later versions count as the same area).</summary>
    Area = 3,

    /// <summary>Each current sub-municipal area of the partnership, each against its own baseline.</summary>
    EachArea = 4,
}
