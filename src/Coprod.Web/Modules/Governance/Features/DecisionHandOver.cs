using Coprod.Web.Modules.Directory.Domain;
using Coprod.Web.Modules.Directory.HandOver;
using Coprod.Web.Modules.Governance.Domain;
using Coprod.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Governance.Features;

/// <summary>The open decisions (open, in progress) a leaving person carries: handed to their successor, the owner institution kept.</summary>
internal sealed class DecisionHandOver(CoprodDbContext db, IStringLocalizer<GovernanceText> t) : IHandOverSource
{
    public const string Kind = "decision";

    public async Task<IReadOnlyList<OpenItem>> OpenItemsAsync(Guid partnershipId, DirectoryPerson person, DateOnly on, CancellationToken ct)
    {
        var decisions = await Open(partnershipId, person.Id).AsNoTracking().OrderBy(d => d.DueOn).ToListAsync(ct);
        return decisions.Select(d => new OpenItem(Kind, d.Id, t["Decision_HandOverLabel", Short(d.Text), d.DueOn.ToString("dd/MM/yyyy")].Value)).ToList();
    }

    public string? RefuseSuccessor(DirectoryPerson successor, IReadOnlyList<OpenItem> items) => null;

    public async Task HandOverAsync(Guid partnershipId, DirectoryPerson leaving, DirectoryPerson successor, DateOnly on, CancellationToken ct)
    {
        foreach (var decision in await Open(partnershipId, leaving.Id).ToListAsync(ct))
        {
            decision.OwnerPersonId = successor.Id;
        }
    }

    private IQueryable<Decision> Open(Guid partnershipId, Guid personId) =>
        db.Set<Decision>().Where(d => d.PartnershipId == partnershipId && d.OwnerPersonId == personId
            && (d.Status == DecisionStatus.Open || d.Status == DecisionStatus.InProgress));

    private static string Short(string text) => text.Length <= 60 ? text : text[..57] + "…";
}
