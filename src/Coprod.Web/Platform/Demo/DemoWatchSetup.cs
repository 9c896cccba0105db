using Coprod.Web.Modules.Governance.Domain;
using Coprod.Web.Modules.Governance.Features;
using Coprod.Web.Modules.Watch.Domain;
using Coprod.Web.Modules.Watch.Features;
using Coprod.Web.Platform.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Coprod.Web.Platform.Demo;

/// <summary>
/// A demo partnership's watch cell as its coordinator would set it up, through the modules' own
/// handlers: a watch-cell body (when the partnership has none) whose member institutions form the
/// watch team with the coordinator and the State, and four alert rules — an unusual rise, area by
/// area, of damage, occupied halls and tension (the spike rule's defaults), and rodeos reaching a
/// threshold over seven days in an area.
/// </summary>
internal sealed class DemoWatchSetup(CoprodDbContext db, CreateBody.Handler createBody, CreateAlertRule.Handler createRule)
{
    /// <summary>The cell's name and member institutions, and the rodeo threshold (an Échirolles quartier sees fewer rodeos than Villeneuve).</summary>
    private sealed record Cell(string Name, string[] Members, int RodeoThreshold);

    // The prevention service (the educator's account) stays out of both: she reads only the alerts that mobilise her service.
    private static readonly Dictionary<Guid, Cell> Cells = new()
    {
        [DemoData.Metropole] = new("Cellule de veille intercommunale",
            ["metropole", "grenoble", "echirolles", "smh", "police-nationale", "police-municipale", "bailleur", "mediation", "transport"], 10),
        [DemoData.Echirolles] = new("Cellule de veille tranquillité publique",
            ["echirolles", "police-nationale", "police-municipale", "bailleur", "mediation"], 6),
    };

    public async Task EnsureCellAsync(DemoWatchCast cast, CancellationToken ct)
    {
        if (await db.Set<Body>().AnyAsync(b => b.PartnershipId == cast.PartnershipId && b.Kind == BodyKind.CelluleDeVeille, ct))
        {
            return;
        }
        var cell = Cells[cast.PartnershipId];
        var request = new CreateBody.Request(BodyKind.CelluleDeVeille, cell.Name,
            "Repérer les situations qui se dégradent dans les quartiers et préparer la mobilisation des partenaires.", null, new DateOnly(2024, 1, 1), null,
            [.. cell.Members.Select(key => new BodyMemberInput(cast.Institutions[key], null, false, null, null))]);
        if ((await createBody.HandleAsync(cast.PartnershipId, request, cast.Coordinator, ct)).Result is not Created<BodyDto>)
        {
            throw new InvalidOperationException($"Demo watch cell refused for partnership {cast.PartnershipId}.");
        }
    }

    /// <summary>The rodeo threshold: rodeos reaching the partnership's number in seven days in an area.</summary>
    public async Task<AlertRule> CreateRodeoRuleAsync(DemoWatchCast cast, CancellationToken ct)
    {
        var threshold = Cells[cast.PartnershipId].RodeoThreshold;
        return (await CreateAsync(cast, [new($"Rodéos : {threshold} en 7 jours dans un quartier", AlertRuleKind.Fixed, "rodeo", AlertScope.EachArea,
            Threshold: threshold, WindowDays: 7)], ct))[0];
    }

    /// <summary>The three spike rules (damage, occupied halls, tension), with the spike rule's default settings.</summary>
    public Task<IReadOnlyList<AlertRule>> CreateSpikeRulesAsync(DemoWatchCast cast, CancellationToken ct) => CreateAsync(cast,
    [
        Spike("degradation", "Dégradations : hausse inhabituelle dans un quartier"),
        Spike("occupation-hall", "Occupations de halls : hausse inhabituelle dans un quartier"),
        Spike("tension", "Tensions : hausse inhabituelle dans un quartier"),
    ], ct);

    private async Task<IReadOnlyList<AlertRule>> CreateAsync(DemoWatchCast cast, AlertRuleInput[] inputs, CancellationToken ct)
    {
        var rules = new List<AlertRule>();
        foreach (var input in inputs)
        {
            if ((await createRule.HandleAsync(cast.PartnershipId, input, cast.Coordinator, ct)).Result is not Created<AlertRuleDto> created)
            {
                throw new InvalidOperationException($"Demo alert rule refused for partnership {cast.PartnershipId}: {input.Name}");
            }
            rules.Add(await db.Set<AlertRule>().AsNoTracking().SingleAsync(r => r.Id == created.Value!.Id, ct));
        }
        return rules;
    }

    private static AlertRuleInput Spike(string category, string name) => new(name, AlertRuleKind.Spike, category, AlertScope.EachArea);
}
