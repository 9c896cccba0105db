using Coprod.Web.Platform.Data;

namespace Coprod.Web.Modules.Confidential.Domain;

/// <summary>
/// A confidential group (CONF-1): a CLSPD working group (L132-5) or a coordination around one
/// family (L121-6-2), created by the president or the coordinator with a stated purpose and
/// territory. Its name, purpose and territory are anonymous texts: the people concerned appear
/// only in its cases, which are encrypted.
/// </summary>
public sealed class ConfidentialGroup : IVersioned
{
    public Guid Id { get; set; }
    public Guid PartnershipId { get; set; }
    public SharingChannel Channel { get; set; }
    public string Name { get; set; } = "";
    public string Purpose { get; set; } = "";

    /// <summary>The territory covered: communes, quartiers (anonymous text).</summary>
    public string Territory { get; set; } = "";

    public GroupStatus Status { get; set; } = GroupStatus.Active;

    /// <summary>For a coordination (L121-6-2): the member designated as coordinator, the one name the mayor sees.</summary>
    public Guid? CoordinatorUserId { get; set; }

    public Guid CreatedBy { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public Guid Version { get; set; }
}
