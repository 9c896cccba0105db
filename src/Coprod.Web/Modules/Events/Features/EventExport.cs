using System.Runtime.CompilerServices;
using Coprod.Web.Platform.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Events.Features;

/// <summary>
/// The events an export writes (EVT-5): the list's filters (<see cref="EventFilter"/>) and reader
/// rules (<see cref="EventAccess.Readable"/>), newest first, read from the database one row at a
/// time so that a large export never sits in memory.
/// </summary>
public sealed class EventExport(EventAccess access, EventCategories categories, EventDtos dtos, IStringLocalizer<EventsText> t)
{
    /// <summary>What to export, once the caller and the filters are checked.</summary>
    public sealed record Selection(Guid PartnershipId, EventAccess.Seat Seat, EventFilter Filter);

    /// <summary>The selection, or the refusal (403) or the filters' errors (400).</summary>
    public sealed record Outcome(Selection? Selection, ProblemHttpResult? Refused = null, ValidationProblem? Invalid = null);

    public async Task<Outcome> SelectAsync(Guid partnershipId, EventFilter.Query query, Guid userId, CancellationToken ct)
    {
        var seat = await access.SeatAsync(partnershipId, userId, ct);
        if (seat is null)
        {
            return new Outcome(null, TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden));
        }
        var v = new Validation();
        var filter = EventFilter.TryParse(query, await categories.LoadAsync(partnershipId, ct), v, t);
        return filter is null ? new Outcome(null, Invalid: TypedResults.ValidationProblem(v.Errors)) : new Outcome(new Selection(partnershipId, seat, filter));
    }

    public async IAsyncEnumerable<EventDto> ReadAsync(Selection selection, [EnumeratorCancellation] CancellationToken ct)
    {
        var map = await dtos.MapperAsync(selection.PartnershipId, null, selection.Seat.UserId, ct);
        var events = selection.Filter.Apply(access.Readable(selection.PartnershipId, selection.Seat))
            .OrderByDescending(e => e.OccurredAt).ThenBy(e => e.Id)
            .AsAsyncEnumerable();
        await foreach (var e in events.WithCancellation(ct))
        {
            yield return map(e);
        }
    }

    /// <summary>The download's file name: <c>evenements-2026-03-14.csv</c>.</summary>
    public static string FileName(TimeProvider clock, string extension) => $"evenements-{Platform.ParisTime.Today(clock):yyyy-MM-dd}.{extension}";
}
