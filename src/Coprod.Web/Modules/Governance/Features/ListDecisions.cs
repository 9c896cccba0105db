using Coprod.Web.Modules.Governance.Domain;

namespace Coprod.Web.Modules.Governance.Features;

/// <summary>
/// The decisions register (GOV-3), for every member: filtered by status, lateness (open or in progress
/// past their due date, today in Paris) and owner institution; the latest first.
/// </summary>
public static class ListDecisions
{
    public sealed class Handler(DecisionRules rules)
    {
        public async Task<IReadOnlyList<DecisionDto>> HandleAsync(Guid partnershipId, Guid userId, DecisionStatus? status, bool late, Guid? owner, CancellationToken ct = default)
        {
            var today = rules.Today;
            return await rules.ReadAsync(partnershipId, userId, q =>
            {
                if (status is { } s)
                {
                    q = q.Where(d => d.Status == s);
                }
                if (late)
                {
                    q = q.Where(d => (d.Status == DecisionStatus.Open || d.Status == DecisionStatus.InProgress) && d.DueOn < today);
                }
                if (owner is { } o)
                {
                    q = q.Where(d => d.OwnerInstitutionId == o);
                }
                return q;
            }, ct);
        }

        /// <summary>Decisions of a meeting, and those of earlier meetings of its body not yet closed (carried over).</summary>
        public async Task<(IReadOnlyList<DecisionDto> Taken, IReadOnlyList<DecisionDto> CarriedOver)> ForMeetingAsync(Guid partnershipId, Guid userId, Meeting meeting,
            IReadOnlyCollection<Guid> earlierMeetings, CancellationToken ct = default)
        {
            var all = await rules.ReadAsync(partnershipId, userId, q => q.Where(d => d.MeetingId == meeting.Id
                || (earlierMeetings.Contains(d.MeetingId) && d.Status != DecisionStatus.Done && d.Status != DecisionStatus.Abandoned)), ct);
            return (all.Where(d => d.MeetingId == meeting.Id).OrderBy(d => d.DueOn).ToList(), all.Where(d => d.MeetingId != meeting.Id).ToList());
        }
    }
}
