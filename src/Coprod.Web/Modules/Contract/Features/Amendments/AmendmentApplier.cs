using Coprod.Web.Modules.Contract.Domain;
using Coprod.Web.Platform.Audit;
using Coprod.Web.Platform.Data;

namespace Coprod.Web.Modules.Contract.Features.Amendments;

/// <summary>
/// Puts an approved amendment in force, on the tracked context (saved by the caller with its audit
/// record): each changed sheet takes its new content (milestones and indicators kept by id, so their
/// dates reached and values stay), abandoned sheets are marked so, new sheets are adopted with the next
/// numbers, the period's end moves if proposed; the contract's version grows by one and that version is
/// kept as a snapshot. Earlier versions are never touched.
/// </summary>
public sealed class AmendmentApplier(CoprodDbContext db, AmendmentReader reader)
{
    public async Task<AuditEntry> ApplyAsync(LocalContract contract, Amendment amendment, Guid actorId, DateTimeOffset now, CancellationToken ct)
    {
        var proposal = AmendmentReader.Proposal(amendment);
        var sheets = await reader.Contracts.LoadSheetsAsync(contract.Id, ct, true);
        var next = sheets.Count == 0 ? 1 : sheets.Max(s => s.Number) + 1;
        foreach (var change in proposal.Changes)
        {
            if (change.SheetId is { } id)
            {
                var sheet = sheets.Single(s => s.Id == id);
                if (change.Abandon)
                {
                    sheet.Status = SheetStatus.Abandoned;
                    sheet.UpdatedAt = now;
                }
                else
                {
                    SheetWriter.Apply(sheet, change.Content!, now);
                }
                continue;
            }
            var added = new ActionSheet
            {
                Id = Guid.NewGuid(),
                PartnershipId = contract.PartnershipId,
                ContractId = contract.Id,
                Number = next++,
                Status = SheetStatus.Adopted,
                CreatedAt = now,
            };
            SheetWriter.Apply(added, change.Content!, now);
            db.Add(added);
            sheets.Add(added);
        }
        if (proposal.EndsOn is { } end)
        {
            contract.EndsOn = end;
        }
        contract.CurrentVersion++;
        db.Add(ContractSnapshot.Take(contract.CurrentVersion, contract, sheets).ToVersion(contract.Id, amendment.Id, now));
        amendment.Status = AmendmentStatus.Approved;
        amendment.ClosedAt = now;
        return new AuditEntry(AuditEventType.AmendmentApplied, contract.PartnershipId, actorId, "amendment", amendment.Id.ToString(),
            new { contractId = contract.Id, number = amendment.Number, version = contract.CurrentVersion, changes = proposal.Changes.Count });
    }
}
