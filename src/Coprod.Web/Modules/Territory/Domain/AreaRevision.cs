using Coprod.Web.Platform.Data;

namespace Coprod.Web.Modules.Territory.Domain;

/// <summary>
/// The data version of a partnership's areas, renewed by every import and retirement. Caches of
/// parsed outlines are keyed by it, so an instance sees another instance's changes on its next
/// request; as a concurrency token it also makes two simultaneous imports conflict (409).
/// </summary>
public sealed class AreaRevision : IVersioned
{
    public Guid PartnershipId { get; set; }

    public Guid Version { get; set; }
}
