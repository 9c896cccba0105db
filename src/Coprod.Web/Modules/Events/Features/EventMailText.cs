using System.Globalization;
using Coprod.Web.Platform;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Events.Features;

/// <summary>One line per event in the escalation and digest mails: category, severity, place, Paris time — never who reported it.</summary>
public sealed class EventMailText(IStringLocalizer<EventsText> t)
{
    public string Line(EventDto e) =>
        t["Mail_Line", e.CategoryLabel, t["Severity_" + e.Severity], e.AreaName is { } area ? $"{area}, {e.CommuneName}" : e.CommuneName,
            ParisTime.ToParis(e.OccurredAt).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture)];
}
