namespace Coprod.Web.Modules.Contract.Domain;

/// <summary>
/// An indicator of a sheet: an execution indicator (what was done) or a result indicator (what
/// changed), with its definition, unit, source, baseline, target and frequency. Its values are
/// entered by the responsible partner or computed from the events module
/// (<see cref="IndicatorComputation.EventCount"/>).
/// </summary>
public sealed class SheetIndicator
{
    public Guid Id { get; set; }
    public Guid SheetId { get; set; }
    public IndicatorKind Kind { get; set; }
    public string Name { get; set; } = "";
    public string Unit { get; set; } = "";

    /// <summary>Where the figures come from, e.g. « main courante de la police municipale ».</summary>
    public string Source { get; set; } = "";

    public decimal? Baseline { get; set; }
    public decimal? Target { get; set; }
    public IndicatorFrequency Frequency { get; set; } = IndicatorFrequency.Quarterly;
    public IndicatorComputation Computation { get; set; } = IndicatorComputation.Entered;

    /// <summary>For <see cref="IndicatorComputation.EventCount"/>: the category counted (null: every category), over the sheet's territory.</summary>
    public string? EventCategoryCode { get; set; }

    /// <summary>The institution that enters the values; null: the pilot's.</summary>
    public Guid? ResponsibleInstitutionId { get; set; }

    public int Position { get; set; }

    /// <summary>Whether success means going down (target below baseline).</summary>
    public bool Decreasing => Target < Baseline;
}

/// <summary>Numbers are stored: never renumber.</summary>
public enum IndicatorKind
{
    Execution = 1,
    Result = 2,
}

/// <summary>Numbers are stored: never renumber.</summary>
public enum IndicatorFrequency
{
    Monthly = 1,
    Quarterly = 2,
    HalfYearly = 3,
    Yearly = 4,
}

/// <summary>Numbers are stored: never renumber.</summary>
public enum IndicatorComputation
{
    /// <summary>Entered by the responsible partner.</summary>
    Entered = 1,

    /// <summary>Counted from the events module: events of a category over the sheet's territory, per period.</summary>
    EventCount = 2,
}

/// <summary>
/// One value of an indicator for the period ending <see cref="PeriodEnd"/>, with its origin and
/// source kept: who entered it and when, or what computed it.
/// </summary>
public sealed class IndicatorValue
{
    public Guid Id { get; set; }
    public Guid PartnershipId { get; set; }
    public Guid IndicatorId { get; set; }

    /// <summary>The last day of the period the value measures.</summary>
    public DateOnly PeriodEnd { get; set; }

    public decimal Value { get; set; }
    public ValueOrigin Origin { get; set; }

    /// <summary>As shown beside the figure: the institution that entered it, or « module événements ».</summary>
    public string Source { get; set; } = "";

    public Guid? EnteredBy { get; set; }
    public Guid? InstitutionId { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    public string? Comment { get; set; }
}

/// <summary>Numbers are stored: never renumber.</summary>
public enum ValueOrigin
{
    Entered = 1,
    Computed = 2,
}
