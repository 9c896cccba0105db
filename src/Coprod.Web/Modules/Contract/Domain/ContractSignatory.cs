namespace Coprod.Web.Modules.Contract.Domain;

/// <summary>
/// A signatory of the contract (CLS-1): who signs (the prefect, the mayor or EPCI president, the
/// prosecutor, the president of the département, optionally the education authority), the
/// partnership member who signs or approves amendments on their behalf, and the signature date.
/// </summary>
public sealed class ContractSignatory
{
    public Guid Id { get; set; }
    public Guid ContractId { get; set; }
    public SignatoryRole Role { get; set; }

    /// <summary>As written on the contract, e.g. « Le préfet de l'Isère ».</summary>
    public string Label { get; set; } = "";

    public Guid? InstitutionId { get; set; }

    /// <summary>The member who approves amendments for this signatory; without one, nobody can.</summary>
    public Guid? MembershipId { get; set; }

    public DateOnly? SignedOn { get; set; }
    public int Position { get; set; }
}

/// <summary>Numbers are stored: never renumber.</summary>
public enum SignatoryRole
{
    Prefet = 1,
    Maire = 2,
    PresidentEpci = 3,
    Procureur = 4,
    PresidentDepartement = 5,
    EducationNationale = 6,
    Autre = 7,
}
