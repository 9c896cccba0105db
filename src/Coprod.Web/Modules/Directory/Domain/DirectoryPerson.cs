using Coprod.Web.Platform.Data;

namespace Coprod.Web.Modules.Directory.Domain;

/// <summary>
/// A person of the partnership's directory (DIR-2): who they are, what they do, for which
/// institution, how to reach them at work, on which communes, from when to when. A person may
/// hold a Coprod account (<see cref="UserId"/>), whose memberships they hand over when they leave.
/// </summary>
public sealed class DirectoryPerson : IVersioned
{
    public Guid Id { get; set; }
    public Guid PartnershipId { get; set; }
    public string FirstName { get; set; } = "";
    public string LastName { get; set; } = "";

    /// <summary>Their job, as written in their institution: « cheffe de service », « médiateur de nuit ».</summary>
    public string Function { get; set; } = "";

    public Guid InstitutionId { get; set; }

    /// <summary>Work e-mail and telephone: a directory of professionals, never private contacts.</summary>
    public string? Email { get; set; }

    public string? Phone { get; set; }

    /// <summary>INSEE codes of the partnership's communes where they work; empty means all of them.</summary>
    public List<string> Communes { get; set; } = [];

    public DateOnly StartsOn { get; set; }

    /// <summary>The first day they are no longer in post (exclusive), set when they leave.</summary>
    public DateOnly? EndsOn { get; set; }

    /// <summary>Their successor, recorded at the hand-over.</summary>
    public Guid? SuccessorId { get; set; }

    /// <summary>Their Coprod account, when they have one (matched by e-mail).</summary>
    public Guid? UserId { get; set; }

    public Guid Version { get; set; }

    public bool IsInPostOn(DateOnly day) => StartsOn <= day && (EndsOn is null || day < EndsOn);
}
