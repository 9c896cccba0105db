namespace Coprod.Web.Modules.Confidential.Domain;

/// <summary>
/// One entry of a case, tagged with a category the charter allows (CONF-2): an action with its
/// start, end and result; a piece of information; a short note (only when the charter allows
/// notes); the record of how the family was informed (CONF-7). Its content is a sealed
/// <see cref="EntryContent"/>; the columns in clear say only what kind, which category, who and when.
/// </summary>
public sealed class CaseEntry
{
    public Guid Id { get; set; }
    public Guid CaseId { get; set; }
    public EntryKind Kind { get; set; }
    public InformationCategory Category { get; set; }
    public Guid AuthorUserId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string SealedContent { get; set; } = "";
}

/// <summary>Numbers are stored: never renumber.</summary>
public enum EntryKind
{
    Action = 1,
    Information = 2,
    Note = 3,
    FamilyInformed = 4,
}

/// <summary>How the family was informed (CONF-7). Numbers are stored (sealed): never renumber.</summary>
public enum InformedHow
{
    Interview = 1,
    HomeVisit = 2,
    Letter = 3,
    Phone = 4,
}

/// <summary>
/// What an entry says, stored encrypted. An action has <see cref="StartsOn"/>, optionally
/// <see cref="EndsOn"/> and <see cref="Result"/>; sensitive categories carry a <see cref="Justification"/>;
/// a family-information entry has <see cref="InformedOn"/>, <see cref="InformedBy"/> and <see cref="How"/>.
/// </summary>
public sealed record EntryContent(
    string Text,
    DateOnly? StartsOn = null,
    DateOnly? EndsOn = null,
    string? Result = null,
    string? Justification = null,
    DateOnly? InformedOn = null,
    Guid? InformedBy = null,
    InformedHow? How = null);
