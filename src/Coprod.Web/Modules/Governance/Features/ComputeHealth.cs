using Coprod.Web.Modules.Directory.Domain;
using Coprod.Web.Modules.Governance.Domain;
using Coprod.Web.Modules.Partnerships.Domain;
using Coprod.Web.Platform;
using Coprod.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Coprod.Web.Modules.Governance.Features;

/// <summary>
/// Partnership health (GOV-4), over the twelve months to today: per institution, invitations
/// against attendance (plenaries apart), active members, people in post and departures; per body,
/// meetings held against the expected rhythm; attendance quarter by quarter. The number that tells
/// a mayor or a prefect whether the partnership is alive.
/// </summary>
public static class ComputeHealth
{
    public sealed record InstitutionHealth(
        Guid Id, string Name, int Invited, int Present, int Represented, int Excused, int Absent, int Unrecorded, double? AttendanceRate,
        int PlenariesInvited, int PlenariesMissed, int ActiveMembers, int PeopleInPost, int Departures);

    public sealed record BodyHealth(Guid Id, string Name, BodyKind Kind, BodyStatus Status, int Held, int Expected, bool OnTrack, DateOnly? LastMeeting);

    public sealed record QuarterHealth(string Quarter, int Meetings, double? AttendanceRate);

    public sealed record Response(
        DateOnly From, DateOnly To, double? AttendanceRate, int BodiesOnTrack, int ActiveBodies, int ActiveMembers, int PeopleInPost, int Departures,
        IReadOnlyList<InstitutionHealth> Institutions, IReadOnlyList<BodyHealth> Bodies, IReadOnlyList<QuarterHealth> Quarters);

    public sealed class Handler(CoprodDbContext db, TimeProvider clock)
    {
        public async Task<Response> HandleAsync(Guid partnershipId, CancellationToken ct = default)
        {
            var now = clock.GetUtcNow();
            var today = ParisTime.Today(clock);
            var from = today.AddYears(-1);
            var since = now.AddYears(-1);
            var institutions = await db.Set<Institution>().AsNoTracking().Where(i => i.PartnershipId == partnershipId).ToListAsync(ct);
            var bodies = await db.Set<Body>().AsNoTracking().Where(b => b.PartnershipId == partnershipId).ToListAsync(ct);
            // Offsets cannot be compared in SQLite: the partnership's meetings are few, they are filtered here.
            var meetings = (await db.Set<Meeting>().AsNoTracking().Include(m => m.Invitees).Where(m => m.PartnershipId == partnershipId).ToListAsync(ct))
                .Where(m => !m.IsCancelled && m.StartsAt <= now && m.StartsAt > since)
                .ToList();
            var plenaries = bodies.Where(b => b.Kind == BodyKind.Plenary).Select(b => b.Id).ToHashSet();
            var members = await db.Set<Membership>().AsNoTracking().Where(Membership.ActiveOn(today)).Where(m => m.PartnershipId == partnershipId)
                .Select(m => new { m.InstitutionId, m.UserId }).ToListAsync(ct);
            var people = await db.Set<DirectoryPerson>().AsNoTracking().Where(p => p.PartnershipId == partnershipId)
                .Select(p => new { p.InstitutionId, p.StartsOn, p.EndsOn }).ToListAsync(ct);

            var byInstitution = institutions.Select(i =>
            {
                var invitations = meetings.SelectMany(m => m.Invitees.Where(v => v.InstitutionId == i.Id).Select(v => (Meeting: m, Invitee: v))).ToList();
                int Count(Attendance a) => invitations.Count(x => x.Invitee.Attendance == a);
                var plenary = invitations.Where(x => plenaries.Contains(x.Meeting.BodyId)).ToList();
                return new InstitutionHealth(i.Id, i.Name, invitations.Count, Count(Attendance.Present), Count(Attendance.Represented), Count(Attendance.Excused),
                    Count(Attendance.Absent), invitations.Count(x => x.Invitee.Attendance is null), Rate(invitations.Select(x => x.Invitee)),
                    plenary.Count, plenary.Count(x => x.Invitee.Attendance is Attendance.Absent or Attendance.Excused),
                    members.Where(m => m.InstitutionId == i.Id).Select(m => m.UserId).Distinct().Count(),
                    people.Count(p => p.InstitutionId == i.Id && p.StartsOn <= today && (p.EndsOn is null || p.EndsOn > today)),
                    people.Count(p => p.InstitutionId == i.Id && p.EndsOn is { } end && end > from && end <= today));
            })
                .OrderBy(i => i.AttendanceRate ?? 2).ThenBy(i => i.Name, FrenchOrder.Names)
                .ToList();

            var byBody = bodies.Where(b => b.Status != BodyStatus.Closed).Select(b =>
            {
                var held = meetings.Where(m => m.BodyId == b.Id).ToList();
                var expected = MeetingRhythm.PerYear(b.Kind);
                var last = held.Count == 0 ? (DateOnly?)null : ParisTime.DateOf(held.Max(m => m.StartsAt));
                return new BodyHealth(b.Id, b.Name, b.Kind, b.Status, held.Count, expected, held.Count >= expected, last);
            }).OrderBy(b => b.Kind).ThenBy(b => b.Name, StringComparer.Ordinal).ToList();

            var quarters = Enumerable.Range(0, 4).Select(q =>
            {
                var start = since.AddMonths(3 * q);
                var inQuarter = meetings.Where(m => m.StartsAt > start && m.StartsAt <= start.AddMonths(3)).ToList();
                var label = ParisTime.ToParis(start.AddMonths(3)).ToString("MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);
                return new QuarterHealth(label, inQuarter.Count, Rate(inQuarter.SelectMany(m => m.Invitees.Where(v => v.InstitutionId is not null))));
            }).ToList();

            return new Response(from, today, Rate(meetings.SelectMany(m => m.Invitees.Where(v => v.InstitutionId is not null))),
                byBody.Count(b => b.OnTrack), byBody.Count, members.Select(m => m.UserId).Distinct().Count(),
                byInstitution.Sum(i => i.PeopleInPost), byInstitution.Sum(i => i.Departures), byInstitution, byBody, quarters);
        }

        // Present or represented, over the invitations whose attendance was recorded.
        private static double? Rate(IEnumerable<Invitee> invitees)
        {
            var recorded = invitees.Where(v => v.Attendance is not null).ToList();
            return recorded.Count == 0 ? null : Math.Round((double)recorded.Count(v => v.Attendance is Attendance.Present or Attendance.Represented) / recorded.Count, 3);
        }
    }
}
