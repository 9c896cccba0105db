using Coprod.Web.Modules.Directory.Domain;

namespace Coprod.Web.Modules.Directory.HandOver;

/// <summary>Something a leaving person still holds: a membership, later a decision or a commitment.</summary>
public sealed record OpenItem(string Kind, Guid Id, string Label);

/// <summary>
/// One kind of open item a person may hold, so that nothing is left ownerless when they leave
/// (DIR-2). Each module that gives people responsibilities registers one (memberships now;
/// decisions and commitments in the governance and contract modules). The hand-over calls every
/// source in one transaction.
/// </summary>
public interface IHandOverSource
{
    /// <summary>What <paramref name="person"/> holds on <paramref name="on"/>.</summary>
    Task<IReadOnlyList<OpenItem>> OpenItemsAsync(Guid partnershipId, DirectoryPerson person, DateOnly on, CancellationToken ct);

    /// <summary>Why <paramref name="successor"/> cannot take these items over, or null when they can.</summary>
    string? RefuseSuccessor(DirectoryPerson successor, IReadOnlyList<OpenItem> items);

    /// <summary>Moves the items to the successor from <paramref name="on"/>, on the tracked context (saved by the caller).</summary>
    Task HandOverAsync(Guid partnershipId, DirectoryPerson leaving, DirectoryPerson successor, DateOnly on, CancellationToken ct);
}
