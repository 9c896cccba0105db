using Coprod.Web.Modules.Contract.Domain;
using Coprod.Web.Modules.Directory.Domain;
using Coprod.Web.Modules.Governance.Domain;
using Coprod.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Coprod.Web.Modules.Contract.Features.Commitments;

/// <summary>The names a list of commitments shows, read in a few queries: institutions, people, sheets, milestones, plenaries, authors.</summary>
internal sealed class CommitmentNames
{
    public sealed record SheetName(int Number, string Title);

    public required IReadOnlyDictionary<Guid, string> Institutions { get; init; }
    public required IReadOnlyDictionary<Guid, string> People { get; init; }
    public required IReadOnlyDictionary<Guid, SheetName> Sheets { get; init; }
    public required IReadOnlyDictionary<Guid, string> Milestones { get; init; }
    public required IReadOnlyDictionary<Guid, DateTimeOffset> Meetings { get; init; }
    public required IReadOnlyDictionary<Guid, string> Authors { get; init; }

    public string Institution(Guid id) => Institutions.GetValueOrDefault(id, "—");

    public static async Task<CommitmentNames> LoadAsync(CoprodDbContext db, Guid partnershipId, IReadOnlyList<Commitment> commitments, CancellationToken ct)
    {
        var personIds = commitments.Select(c => c.OwnerPersonId).OfType<Guid>().Distinct().ToList();
        var sheetIds = commitments.Select(c => c.SheetId).OfType<Guid>().Distinct().ToList();
        var meetingIds = commitments.Select(c => c.PlenaryMeetingId).OfType<Guid>().Distinct().ToList();
        var authorIds = commitments.SelectMany(c => c.Answers).Select(a => a.AuthorId).Distinct().ToList();
        return new CommitmentNames
        {
            Institutions = await db.Set<Institution>().AsNoTracking().Where(i => i.PartnershipId == partnershipId).ToDictionaryAsync(i => i.Id, i => i.Name, ct),
            People = await db.Set<DirectoryPerson>().AsNoTracking().Where(p => personIds.Contains(p.Id))
                .ToDictionaryAsync(p => p.Id, p => $"{p.FirstName} {p.LastName}", ct),
            Sheets = await db.Set<ActionSheet>().AsNoTracking().Where(s => sheetIds.Contains(s.Id))
                .ToDictionaryAsync(s => s.Id, s => new SheetName(s.Number, s.Title), ct),
            Milestones = await db.Set<SheetMilestone>().AsNoTracking().Where(m => sheetIds.Contains(m.SheetId)).ToDictionaryAsync(m => m.Id, m => m.Label, ct),
            Meetings = await db.Set<Meeting>().AsNoTracking().Where(m => meetingIds.Contains(m.Id)).ToDictionaryAsync(m => m.Id, m => m.StartsAt, ct),
            Authors = await db.Users.AsNoTracking().Where(u => authorIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct),
        };
    }
}
