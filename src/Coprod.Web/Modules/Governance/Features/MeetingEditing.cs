using Coprod.Web.Modules.Governance.Domain;
using Coprod.Web.Platform.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Governance.Features;

/// <summary>Loads a meeting for a change, with its body, after checking that the caller manages that body.</summary>
public sealed class MeetingEditing(CoprodDbContext db, GovernanceAccess access, IStringLocalizer<GovernanceText> t)
{
    public sealed record Loaded(Meeting Meeting, Body Body);

    /// <summary>The meeting (tracked, with agenda and invitees), or the problem to return: 404, or 403 for a caller who does not manage its body.</summary>
    public async Task<(Loaded? Loaded, ProblemHttpResult? Refusal)> LoadAsync(Guid partnershipId, Guid meetingId, Guid actorId, CancellationToken ct)
    {
        var meeting = await db.Set<Meeting>().Include(m => m.Agenda).Include(m => m.Invitees).AsSplitQuery()
            .FirstOrDefaultAsync(m => m.Id == meetingId && m.PartnershipId == partnershipId, ct);
        if (meeting is null)
        {
            return (null, TypedResults.Problem(detail: t["Meeting_NotFound"], statusCode: StatusCodes.Status404NotFound));
        }
        var body = await db.Set<Body>().AsNoTracking().FirstAsync(b => b.Id == meeting.BodyId, ct);
        if (await access.RefuseUnlessManagerAsync(partnershipId, actorId, body.Kind) is { } refusal)
        {
            return (null, refusal);
        }
        return (new Loaded(meeting, body), null);
    }

    /// <summary>Saves with <paramref name="version"/> as the expected version, so that a concurrent change fails (409).</summary>
    public void ExpectVersion(Meeting meeting, Guid version)
    {
        db.Entry(meeting).State = EntityState.Modified;
        db.Entry(meeting).Property(m => m.Version).OriginalValue = version;
    }
}
