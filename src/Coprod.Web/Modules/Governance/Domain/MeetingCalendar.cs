using Coprod.Web.Platform;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace Coprod.Web.Modules.Governance.Domain;

/// <summary>
/// A meeting as an RFC 5545 calendar: METHOD:REQUEST with the event, or METHOD:CANCEL with
/// STATUS:CANCELLED once cancelled. The UID is stable per meeting and the SEQUENCE is the meeting's,
/// so a client replaces its copy on each change. Times are written in Europe/Paris with its VTIMEZONE.
/// </summary>
public static class MeetingCalendar
{
    public const string TimeZone = "Europe/Paris";
    public const string ContentType = "text/calendar";

    public sealed record Person(string Email, string? Name);

    public static string Uid(Guid meetingId) => $"{meetingId:D}@coprod";

    public static string Build(Meeting meeting, string bodyName, Person organizer, IReadOnlyList<Person> attendees, DateTimeOffset stamp)
    {
        var calendar = new Calendar { Method = meeting.IsCancelled ? "CANCEL" : "REQUEST", ProductId = "-//Coprod//Instances//FR" };
        calendar.AddTimeZone(VTimeZone.FromDateTimeZone(TimeZone, meeting.StartsAt.UtcDateTime.AddYears(-1), false));
        var agenda = meeting.Agenda.OrderBy(a => a.Position).Select(a => $"{a.Position}. {a.Text}");
        var e = new CalendarEvent
        {
            Uid = Uid(meeting.Id),
            Sequence = meeting.Sequence,
            Summary = meeting.Title,
            Description = $"{bodyName}\n\nOrdre du jour :\n{string.Join("\n", agenda)}",
            Location = meeting.Place,
            DtStart = Local(meeting.StartsAt),
            DtEnd = Local(meeting.EndsAt),
            DtStamp = new CalDateTime(stamp.UtcDateTime, "UTC", true),
            Organizer = new Organizer("mailto:" + organizer.Email) { CommonName = organizer.Name },
            Status = meeting.IsCancelled ? "CANCELLED" : "CONFIRMED",
        };
        foreach (var attendee in attendees)
        {
            e.Attendees.Add(new Attendee("mailto:" + attendee.Email)
            {
                CommonName = attendee.Name,
                Role = "REQ-PARTICIPANT",
                ParticipationStatus = "NEEDS-ACTION",
                Rsvp = !meeting.IsCancelled,
            });
        }
        calendar.Events.Add(e);
        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }

    /// <summary>The wall-clock time in Paris, labelled with its zone.</summary>
    private static CalDateTime Local(DateTimeOffset utc)
    {
        var paris = ParisTime.ToParis(utc);
        return new CalDateTime(DateTime.SpecifyKind(paris.DateTime, DateTimeKind.Unspecified), TimeZone, true);
    }
}
