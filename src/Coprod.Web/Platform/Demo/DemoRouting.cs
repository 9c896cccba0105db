using Coprod.Web.Modules.Directory.Domain;
using Coprod.Web.Modules.Events.Domain;
using Coprod.Web.Modules.Events.Features;
using Coprod.Web.Platform.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Coprod.Web.Platform.Demo;

/// <summary>
/// The demo partnerships' routing protocol (EVT-2), written by the coordinator through the real
/// handler: violence and rodeos to the police at once, serious night events to whoever is on call
/// when the municipal police is not out, common-parts problems to the landlord in the daily digest,
/// evening tensions to the mediators. Written once per partnership: a start that finds a rule changes nothing.
/// </summary>
internal sealed class DemoRouting(CoprodDbContext db, CreateRoutingRule.Handler create)
{
    private sealed record Seed(string Name, string[] Categories, EventSeverity Severity, RoutingWindow Window, string? From, string? To, string[] Targets, DeliveryMode Mode);

    private static readonly Seed[] Rules =
    [
        new("Violences et rodéos : police", ["violence", "rixe", "rodeo", "incendie"], EventSeverity.Moyenne, RoutingWindow.Always, null, null,
            ["police-municipale", "police-nationale"], DeliveryMode.Immediate),
        new("Nuit : astreinte en l’absence de la police municipale", ["violence", "rixe", "incendie"], EventSeverity.Grave, RoutingWindow.OutsidePresence, null, null,
            ["police-municipale"], DeliveryMode.Immediate),
        new("Parties communes : bailleur", ["occupation-hall", "degradation", "tags", "depot-sauvage"], EventSeverity.Faible, RoutingWindow.Always, null, null,
            ["bailleur"], DeliveryMode.Digest),
        new("Soirées : médiation", ["tension", "regroupement", "nuisance-sonore", "incivilite"], EventSeverity.Faible, RoutingWindow.Hours, "16:00", "02:00",
            ["mediation"], DeliveryMode.Immediate),
    ];

    public async Task SeedAsync(CancellationToken ct = default)
    {
        var coordinator = await db.Users.Where(u => u.Email == "coordination@demo.coprod.fr").Select(u => u.Id).SingleAsync(ct);
        foreach (var partnershipId in new[] { DemoData.Metropole, DemoData.Echirolles })
        {
            if (await db.Set<RoutingRule>().AnyAsync(r => r.PartnershipId == partnershipId, ct))
            {
                continue;
            }
            var institutions = await db.Set<Institution>().Where(i => i.PartnershipId == partnershipId).ToDictionaryAsync(i => i.Name, i => i.Id, ct);
            foreach (var rule in Rules)
            {
                var targets = rule.Targets.Select(key => institutions[DemoData.Institutions.Single(s => s.Key == key).Name]).ToList();
                var input = new RoutingRuleInput(rule.Name, rule.Categories, [], [], rule.Severity, rule.Window, rule.From, rule.To, targets, rule.Mode);
                if ((await create.HandleAsync(partnershipId, input, coordinator, ct)).Result is not Created<RoutingRuleDto>)
                {
                    throw new InvalidOperationException($"Demo routing rule refused: {rule.Name}");
                }
            }
        }
    }
}
