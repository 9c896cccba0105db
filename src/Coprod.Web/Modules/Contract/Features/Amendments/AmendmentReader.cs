using System.Text.Json;
using Coprod.Web.Modules.Contract.Domain;
using Coprod.Web.Modules.Territory.Domain;
using Coprod.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Contract.Features.Amendments;

/// <summary>Loads a partnership's contract and its amendments, and reads an amendment out with its diff against the version it amends.</summary>
public sealed class AmendmentReader(CoprodDbContext db, ContractReader contracts, IGeography geography, IStringLocalizer<AmendmentText> t)
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The contract's own reads (contract with signatories and priorities, sheets with their children).</summary>
    public ContractReader Contracts => contracts;

    public Task<Amendment?> AmendmentAsync(Guid contractId, Guid amendmentId, bool track, CancellationToken ct)
    {
        var amendments = db.Set<Amendment>().Include(a => a.Approvals);
        return (track ? amendments : amendments.AsNoTracking()).FirstOrDefaultAsync(a => a.Id == amendmentId && a.ContractId == contractId, ct);
    }

    /// <summary>The version <paramref name="number"/> of the contract as it was signed or amended.</summary>
    public async Task<ContractSnapshot?> VersionAsync(Guid contractId, int number, CancellationToken ct)
    {
        var json = await db.Set<ContractVersion>().AsNoTracking().Where(v => v.ContractId == contractId && v.Number == number)
            .Select(v => v.Snapshot).FirstOrDefaultAsync(ct);
        return json is null ? null : ContractSnapshot.Deserialize(json);
    }

    /// <summary>Marks a tracked amendment changed, so that its save checks and renews its version (a decision adds only an approval row).</summary>
    public void Touch(Amendment amendment) => db.Entry(amendment).Property(a => a.Status).IsModified = true;

    public static AmendmentProposal Proposal(Amendment amendment) => JsonSerializer.Deserialize<AmendmentProposal>(amendment.Proposal, Json)!;

    /// <summary>The amendment read out for <paramref name="seat"/>.</summary>
    public async Task<AmendmentDto> ReadAsync(LocalContract contract, Amendment amendment, ContractAccess.Seat seat, CancellationToken ct)
    {
        var before = await VersionAsync(contract.Id, amendment.BaseVersion, ct)
            ?? ContractSnapshot.Take(amendment.BaseVersion, contract, await contracts.LoadSheetsAsync(contract.Id, ct, false));
        var proposal = Proposal(amendment);
        var priorities = before.Priorities.Concat(contract.Priorities.Select(p => new PrioritySnapshot(p.Id, p.Title, p.Description, p.Tags)));
        var describe = SheetDescriber.Of(await contracts.ReferencesAsync(contract.PartnershipId, ct), geography, t, priorities);
        var stands = contract.Signatories.OrderBy(s => s.Position).Select(s =>
        {
            var decision = amendment.Approvals.FirstOrDefault(a => a.SignatoryId == s.Id);
            return new SignatoryStandDto(s.Id, s.Role, s.Label, s.MembershipId is not null, decision?.Approved, decision?.Comment, decision?.At);
        }).ToList();
        var open = amendment.Status == AmendmentStatus.Open;
        var decidesFor = open
            ? contract.Signatories.Where(s => seat.SignsFor(s) && amendment.Approvals.All(a => a.SignatoryId != s.Id)).Select(s => s.Id).ToList()
            : [];
        return new AmendmentDto(amendment.Id, amendment.ContractId, amendment.Number, amendment.Title, amendment.Reason, amendment.Status, amendment.BaseVersion,
            amendment.ProposedAt, amendment.ClosedAt, AmendmentDiff.Period(before, proposal, describe), AmendmentDiff.Compute(before, proposal, describe), stands,
            amendment.Approvals.Count(a => a.Approved), stands.Count(s => s.Approved is null), open && seat.IsCoordinator && amendment.Approvals.Count == 0,
            open && seat.IsCoordinator, decidesFor, proposal, amendment.Version);
    }
}
