using Coprod.Web.Modules.Contract.Domain;
using Coprod.Web.Modules.Directory.Domain;
using Coprod.Web.Modules.Directory.HandOver;
using Coprod.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Contract.Features.Commitments;

/// <summary>The open commitments a leaving person carries: handed to their successor, the owing institution kept.</summary>
internal sealed class CommitmentHandOver(CoprodDbContext db, IStringLocalizer<CommitmentText> t) : IHandOverSource
{
    public const string Kind = "commitment";

    public async Task<IReadOnlyList<OpenItem>> OpenItemsAsync(Guid partnershipId, DirectoryPerson person, DateOnly on, CancellationToken ct)
    {
        var commitments = await Open(partnershipId, person.Id).AsNoTracking().OrderBy(c => c.DueOn).ToListAsync(ct);
        return commitments.Select(c => new OpenItem(Kind, c.Id, t["Commitment_HandOverLabel", Short(c.Text), c.DueOn.ToString("dd/MM/yyyy")].Value)).ToList();
    }

    public string? RefuseSuccessor(DirectoryPerson successor, IReadOnlyList<OpenItem> items) => null;

    public async Task HandOverAsync(Guid partnershipId, DirectoryPerson leaving, DirectoryPerson successor, DateOnly on, CancellationToken ct)
    {
        foreach (var commitment in await Open(partnershipId, leaving.Id).ToListAsync(ct))
        {
            commitment.OwnerPersonId = successor.Id;
        }
    }

    private IQueryable<Commitment> Open(Guid partnershipId, Guid personId) =>
        db.Set<Commitment>().Where(c => c.PartnershipId == partnershipId && c.OwnerPersonId == personId && c.Status == CommitmentStatus.Open);

    private static string Short(string text) => text.Length <= 60 ? text : text[..57] + "…";
}
