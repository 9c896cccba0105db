using Coprod.Web.Modules.Contract.Domain;

namespace Coprod.Web.Modules.Contract.Features.Values;

/// <summary>One recorded value with where it comes from: who entered it and when, or what computed it.</summary>
public sealed record IndicatorValueDto(Guid Id, DateOnly PeriodEnd, decimal Value, ValueOrigin Origin, string Source, string? EnteredByName,
    DateTimeOffset RecordedAt, string? Comment);

/// <summary>
/// An indicator with its definition, its current values (the latest recorded per period, by period), the whole history, and
/// what the caller may do: enter a value (<see cref="CanEnter"/>) or compute the values (<see cref="CanCompute"/>).
/// </summary>
public sealed record IndicatorValuesDto(Guid IndicatorId, Guid SheetId, string Name, IndicatorKind Kind, string Unit, string Source, decimal? Baseline,
    decimal? Target, IndicatorFrequency Frequency, IndicatorComputation Computation, string? EventCategoryCode, Guid? ResponsibleInstitutionId,
    string? ResponsibleInstitutionName, IReadOnlyList<IndicatorValueDto> Current, IReadOnlyList<IndicatorValueDto> History, bool CanEnter, bool CanCompute);

/// <summary>A sheet's indicators and their values, for the sheet's indicators page.</summary>
public sealed record SheetValuesDto(Guid ContractId, string ContractTitle, DateOnly ContractStartsOn, DateOnly ContractEndsOn, Guid SheetId, int SheetNumber,
    string SheetTitle, IReadOnlyList<IndicatorValuesDto> Indicators);

/// <summary>How many computed values were written (new or changed) for the indicator.</summary>
public sealed record ComputedValuesDto(Guid IndicatorId, int Periods, int Written);
