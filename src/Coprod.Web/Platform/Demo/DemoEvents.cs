using System.Diagnostics;
using Coprod.Web.Modules.Directory.Domain;
using Coprod.Web.Modules.Events.Domain;
using Coprod.Web.Modules.Events.Features;
using Coprod.Web.Modules.Partnerships.Domain;
using Coprod.Web.Modules.Territory.Data;
using Coprod.Web.Modules.Territory.Domain;
using Coprod.Web.Platform.Audit;
using Coprod.Web.Platform.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Coprod.Web.Platform.Demo;

/// <summary>
/// A year of events for each demo partnership (<see cref="DemoEventPlan"/>), written once: a partnership
/// that has any event is left alone, so a demo database seeded before the events gets them at its next
/// start. The history is loaded in bulk as a partner's import would be, without routing (the feeds must
/// not fill with a year of old events), under one audit entry; the last two days' reports of the partners
/// who have a demo account go through the real intake, so the live feed has routed events, some of them
/// acknowledged by their recipients.
/// </summary>
internal sealed class DemoEvents(CoprodDbContext db, EventCategories categories, AreaIndexCache areas, AuditTrail audit, ReportEventBatch.Handler report,
    AcknowledgeEvent.Handler acknowledge, TimeProvider clock, ILogger<DemoEvents> log)
{
    /// <summary>Events this recent (and reported by someone with an account) are reported live.</summary>
    public static readonly TimeSpan Live = TimeSpan.FromDays(2);

    /// <summary>The demo's partners and field agent, by institution: they report for it and acknowledge on its behalf.</summary>
    private static readonly Dictionary<string, string> Accounts = DemoData.Accounts
        .Where(a => a.Role is PartnershipRole.Partenaire or PartnershipRole.Agent)
        .ToDictionary(a => a.InstitutionKey!, a => a.Email);

    public async Task SeedAsync(CancellationToken ct = default)
    {
        var emails = Accounts.Values.Append(DemoData.CoordinatorEmail).ToList();
        var users = await db.Users.AsNoTracking().Where(u => emails.Contains(u.Email!)).ToDictionaryAsync(u => u.Email!, u => u.Id, ct);
        foreach (var territory in DemoTerritory.All)
        {
            if (await db.Set<SafetyEvent>().AnyAsync(e => e.PartnershipId == territory.PartnershipId, ct))
            {
                continue;
            }
            var started = Stopwatch.GetTimestamp();
            var count = await SeedAsync(territory, clock.GetUtcNow(), users, ct);
            log.LogInformation("Demo events: {Count} for partnership {PartnershipId} in {Elapsed} ms.", count, territory.PartnershipId,
                (int)Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
    }

    private async Task<int> SeedAsync(DemoTerritory territory, DateTimeOffset now, Dictionary<string, Guid> users, CancellationToken ct)
    {
        var partnershipId = territory.PartnershipId;
        var coordinator = users[DemoData.CoordinatorEmail];
        var categoryIds = (await categories.LoadAsync(partnershipId, ct)).ToDictionary(c => c.Code, c => c.Id);
        var areaIds = await db.Set<Area>().AsNoTracking().Where(a => a.PartnershipId == partnershipId && a.ValidUntil == null)
            .ToDictionaryAsync(a => a.Name, a => a.Id, ct);
        var names = await db.Set<Institution>().AsNoTracking().Where(i => i.PartnershipId == partnershipId).ToDictionaryAsync(i => i.Name, i => i.Id, ct);
        var institutionIds = DemoData.Institutions.Where(i => names.ContainsKey(i.Name)).ToDictionary(i => i.Key, i => names[i.Name]);
        var placement = await EventPlacement.LoadAsync(db, areas, partnershipId, ct);
        var delays = new DemoRandom(territory.Seed + 4);

        var history = new List<SafetyEvent>();
        var live = new List<DemoEventDraft>();
        var drafts = DemoEventPlan.For(territory, now);
        foreach (var draft in drafts)
        {
            Guid? author = Accounts.TryGetValue(draft.Institution, out var email) ? users[email] : null;
            if (author is not null && draft.OccurredAt >= now - Live)
            {
                live.Add(draft);
                continue;
            }
            var input = Input(draft, areaIds);
            var place = placement.Place(input.Latitude, input.Longitude, input.Commune, input.AreaId, ParisTime.DateOf(draft.OccurredAt));
            var area = draft.Quartier is { } quartier ? areaIds[quartier] : (Guid?)null;
            if (!place.IsPlaced || place.Commune != draft.Commune || place.AreaId != area)
            {
                throw new InvalidOperationException($"Demo event misplaced: {draft.Canonical} ({place.Error ?? place.AreaId?.ToString()})");
            }
            // A partner's own report comes in within the hour or two; a spreadsheet imported by the coordinator, days later.
            var delay = author is null ? TimeSpan.FromHours(24 + delays.Next(13 * 24)) : TimeSpan.FromMinutes(5 + delays.Next(115));
            history.Add(new SafetyEvent
            {
                Id = Guid.NewGuid(),
                PartnershipId = partnershipId,
                CategoryId = categoryIds[draft.Category],
                Severity = draft.Severity,
                OccurredAt = draft.OccurredAt,
                ReportedAt = draft.OccurredAt + delay < now ? draft.OccurredAt + delay : now,
                Latitude = draft.Latitude,
                Longitude = draft.Longitude,
                CommuneInsee = place.Commune!,
                AreaId = place.AreaId,
                Description = draft.Description,
                ReportingInstitutionId = institutionIds[draft.Institution],
                AuthorUserId = author ?? coordinator,
                Source = author is null ? EventSource.Import : EventSource.User,
            });
        }
        await audit.SaveWithAuditAsync(c => DemoBulkInsert.InsertAsync(db, history, c), ct,
            new AuditEntry(AuditEventType.EventsImported, partnershipId, coordinator, "events", partnershipId.ToString(), new { count = history.Count, demo = true }));

        var reported = await ReportLiveAsync(partnershipId, live, users, institutionIds, areaIds, ct);
        await AcknowledgeAsync(territory, reported, users, institutionIds, now, ct);
        return drafts.Count;
    }

    /// <summary>The recent events, each partner's in one batch through the real intake (routed and pushed like any report).</summary>
    private async Task<List<(Guid Id, DemoEventDraft Draft)>> ReportLiveAsync(Guid partnershipId, List<DemoEventDraft> live, Dictionary<string, Guid> users,
        Dictionary<string, Guid> institutionIds, Dictionary<string, Guid> areaIds, CancellationToken ct)
    {
        var reported = new List<(Guid, DemoEventDraft)>();
        foreach (var batch in live.GroupBy(d => d.Institution))
        {
            var request = new ReportEventBatch.Request([.. batch.Select(d => Input(d, areaIds))], institutionIds[batch.Key]);
            var result = await report.HandleAsync(partnershipId, request, EventCaller.Member(users[Accounts[batch.Key]]), null, ct);
            if (result.Result is not Created<ReportEventBatch.Result> created)
            {
                throw new InvalidOperationException($"Demo events refused for {batch.Key}: {result.Result}");
            }
            reported.AddRange(created.Value!.Ids.Zip(batch));
        }
        return reported;
    }

    /// <summary>Most immediate deliveries of events older than two hours are acknowledged by the recipient's demo account.</summary>
    private async Task AcknowledgeAsync(DemoTerritory territory, List<(Guid Id, DemoEventDraft Draft)> reported, Dictionary<string, Guid> users,
        Dictionary<string, Guid> institutionIds, DateTimeOffset now, CancellationToken ct)
    {
        var random = new DemoRandom(territory.Seed + 5);
        var ids = reported.Select(r => r.Id).ToList();
        var deliveries = await db.Set<EventDelivery>().AsNoTracking().Where(d => ids.Contains(d.EventId) && d.Mode == DeliveryMode.Immediate)
            .Select(d => new { d.EventId, d.InstitutionId }).ToListAsync(ct);
        var keys = institutionIds.ToDictionary(i => i.Value, i => i.Key);
        foreach (var (id, draft) in reported.Where(r => r.Draft.OccurredAt < now.AddHours(-2)))
        {
            foreach (var key in deliveries.Where(d => d.EventId == id).Select(d => keys[d.InstitutionId]).Order(StringComparer.Ordinal))
            {
                if (Accounts.TryGetValue(key, out var email) && random.Chance(0.7))
                {
                    await acknowledge.HandleAsync(territory.PartnershipId, id, new AcknowledgeEvent.Request(institutionIds[key]), users[email], ct);
                }
            }
        }
    }

    private static EventInput Input(DemoEventDraft d, Dictionary<string, Guid> areaIds) => d.Latitude is null
        ? new EventInput(d.Category, d.OccurredAt, d.Severity, d.Description, Commune: d.Quartier is null ? d.Commune : null,
            AreaId: d.Quartier is { } q ? areaIds[q] : null)
        : new EventInput(d.Category, d.OccurredAt, d.Severity, d.Description, d.Latitude, d.Longitude, d.Quartier is null ? d.Commune : null);
}
