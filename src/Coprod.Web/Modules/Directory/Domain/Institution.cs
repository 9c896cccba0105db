using Coprod.Web.Platform.Data;

namespace Coprod.Web.Modules.Directory.Domain;

/// <summary>A member institution of a partnership, typed from the catalogue (DIR-1).</summary>
public sealed class Institution : IVersioned
{
    public Guid Id { get; set; }
    public Guid PartnershipId { get; set; }
    public string Name { get; set; } = "";
    public InstitutionType Type { get; set; }
    public Guid Version { get; set; }
}
