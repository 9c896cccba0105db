using Coprod.Web.Platform.Data;

namespace Coprod.Web.Modules.Directory.Domain;

/// <summary>
/// A service of a member institution (DIR-1): what a field agent calls. Its contacts are the
/// service's work phone and e-mail, never a person's.
/// </summary>
public sealed class DirectoryService : IVersioned
{
    public Guid Id { get; set; }
    public Guid PartnershipId { get; set; }
    public Guid InstitutionId { get; set; }
    public string Name { get; set; } = "";
    public string? Description { get; set; }
    public string Phone { get; set; } = "";
    public string? Email { get; set; }
    public string? Address { get; set; }

    /// <summary>The communes and areas the service covers.</summary>
    public List<ServiceTerritory> Territories { get; set; } = [];

    public Guid Version { get; set; }
}

/// <summary>One territory a service covers: a commune of the partnership or one of its areas.</summary>
public sealed class ServiceTerritory
{
    public Guid Id { get; set; }
    public Guid ServiceId { get; set; }
    public string? CommuneInsee { get; set; }
    public Guid? AreaId { get; set; }
}
