using Coprod.Web.Modules.Contract.Domain;
using Coprod.Web.Modules.Contract.Features;

namespace Coprod.Web.Modules.Contract.Pages;

/// <summary>The contract form's editable state, read from a contract and turned into the request.</summary>
public sealed class ContractFormModel
{
    public ContractKind? Kind { get; set; } = ContractKind.Stspd;
    public string? Title { get; set; }
    public DateTime? StartsOn { get; set; }
    public DateTime? EndsOn { get; set; }
    public string? DiagnosticReference { get; set; }
    public List<SignatoryRow> Signatories { get; set; } = [];
    public List<PriorityRow> Priorities { get; set; } = [];
    public Guid? Version { get; set; }

    public static ContractFormModel From(ContractDto c) => new()
    {
        Kind = c.Kind,
        Title = c.Title,
        StartsOn = ContractUrl.Day(c.StartsOn),
        EndsOn = ContractUrl.Day(c.EndsOn),
        DiagnosticReference = c.DiagnosticReference,
        Signatories = c.Signatories.Select(s => new SignatoryRow
        {
            Id = s.Id,
            Role = s.Role,
            Label = s.Label,
            InstitutionId = s.InstitutionId,
            MembershipId = s.MembershipId,
            SignedOn = ContractUrl.Day(s.SignedOn),
        }).ToList(),
        Priorities = c.Priorities.Select(p => new PriorityRow { Id = p.Id, Title = p.Title, Description = p.Description, Tags = [.. p.Tags] }).ToList(),
        Version = c.Version,
    };

    public ContractInput ToInput() => new(Kind, Title, ContractUrl.Day(StartsOn), ContractUrl.Day(EndsOn), DiagnosticReference,
        Signatories.Select(s => new SignatoryInput(s.Id, s.Role, s.Label, s.InstitutionId, s.MembershipId, ContractUrl.Day(s.SignedOn))).ToList(),
        Priorities.Select(p => new PriorityInput(p.Id, p.Title, p.Description, [.. p.Tags])).ToList(), Version);
}

/// <summary>A signatory row of the form.</summary>
public sealed class SignatoryRow
{
    public Guid? Id { get; set; }
    public SignatoryRole? Role { get; set; } = SignatoryRole.Prefet;
    public string? Label { get; set; }
    public Guid? InstitutionId { get; set; }
    public Guid? MembershipId { get; set; }
    public DateTime? SignedOn { get; set; }
}

/// <summary>A priority (theme) row of the form.</summary>
public sealed class PriorityRow
{
    public Guid? Id { get; set; }
    public string? Title { get; set; }
    public string? Description { get; set; }
    public IReadOnlyCollection<string> Tags { get; set; } = [];
}
