namespace Coprod.Web.Modules.Watch.Domain;

/// <summary>Why an alert rule did or did not fire, in plain terms; the texts are <c>Alert_&lt;Reason&gt;</c> in <c>WatchText</c>.</summary>
public enum AlertReason
{
    /// <summary>Spike: the count is above what the comparable weeks make plausible, and at least the minimum count.</summary>
    Spike,

    /// <summary>No spike: the count is within the usual variation of the comparable weeks.</summary>
    WithinUsualRange,

    /// <summary>No spike: the count is unusual for this place, but too small to alert on (under the rule's minimum count).</summary>
    BelowMinimumCount,

    /// <summary>No spike test: too few comparable weeks in the previous years (the data starts too recently).</summary>
    BaselineTooShort,

    /// <summary>Fixed threshold: the count over the period has reached it.</summary>
    ThresholdReached,

    /// <summary>Fixed threshold: the count over the period is under it.</summary>
    BelowThreshold,
}
