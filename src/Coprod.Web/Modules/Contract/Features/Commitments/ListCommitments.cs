using Coprod.Web.Modules.Contract.Domain;

namespace Coprod.Web.Modules.Contract.Features.Commitments;

/// <summary>
/// The partnership's commitments, late first, for every member: filtered by status, owing institution, lateness (open past due,
/// Europe/Paris), sheet, and <c>mine</c> (the caller's institutions).
/// </summary>
public static class ListCommitments
{
    public sealed record Filter(CommitmentStatus? Status = null, Guid? InstitutionId = null, bool Late = false, Guid? SheetId = null, bool Mine = false);

    public sealed class Handler(ContractAccess access, CommitmentRules rules)
    {
        public async Task<IReadOnlyList<CommitmentDto>> HandleAsync(Guid partnershipId, Guid userId, Filter f, CancellationToken ct)
        {
            var mine = f.Mine ? (await access.SeatAsync(partnershipId, userId, ct))?.Institutions ?? [] : null;
            var today = rules.Today;
            return await rules.ReadAsync(partnershipId, userId, q =>
            {
                if (f.Status is { } status)
                {
                    q = q.Where(c => c.Status == status);
                }
                if (f.InstitutionId is { } institution)
                {
                    q = q.Where(c => c.InstitutionId == institution);
                }
                if (f.Late)
                {
                    q = q.Where(c => c.Status == CommitmentStatus.Open && c.DueOn < today);
                }
                if (f.SheetId is { } sheet)
                {
                    q = q.Where(c => c.SheetId == sheet);
                }
                if (mine is not null)
                {
                    q = q.Where(c => mine.Contains(c.InstitutionId));
                }
                return q;
            }, ct);
        }
    }
}
