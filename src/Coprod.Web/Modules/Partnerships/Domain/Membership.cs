using System.Linq.Expressions;
using Coprod.Web.Platform.Data;

namespace Coprod.Web.Modules.Partnerships.Domain;

/// <summary>A person's seat in a partnership: one role, usually on behalf of one institution.</summary>
public sealed class Membership : IVersioned
{
    public Guid Id { get; set; }
    public Guid PartnershipId { get; set; }
    public Guid UserId { get; set; }
    public PartnershipRole Role { get; set; }
    public Guid? InstitutionId { get; set; }
    public DateOnly StartsOn { get; set; }

    /// <summary>Set when the person leaves: the first day on which the membership grants nothing.</summary>
    public DateOnly? EndsOn { get; set; }

    public Guid Version { get; set; }

    public bool IsActiveOn(DateOnly day) => StartsOn <= day && (EndsOn is null || day < EndsOn);

    /// <summary>The same rule as <see cref="IsActiveOn"/>, for database queries.</summary>
    public static Expression<Func<Membership, bool>> ActiveOn(DateOnly day) => m => m.StartsOn <= day && (m.EndsOn == null || m.EndsOn > day);
}

/// <summary>Roles held inside a partnership (PRODUCT.md, "Users and roles").</summary>
public enum PartnershipRole
{
    /// <summary>Runs the platform for the partnership.</summary>
    Coordinateur = 1,

    /// <summary>Mayor, EPCI president or delegated elected official.</summary>
    President = 2,

    /// <summary>Prefect, sub-prefect, délégué du préfet.</summary>
    Etat = 3,

    /// <summary>The public prosecutor.</summary>
    Parquet = 4,

    /// <summary>Representative of a member institution.</summary>
    Partenaire = 5,

    /// <summary>Mediator, night correspondent, caretaker, municipal police officer, street educator.</summary>
    Agent = 6,
}
