using Coprod.Web.Modules.Contract.Domain;
using Coprod.Web.Modules.Contract.Features;
using Coprod.Web.Modules.Contract.Features.Values;
using Coprod.Web.Modules.Directory.Domain;
using Coprod.Web.Modules.Partnerships.Domain;
using Coprod.Web.Platform.Audit;
using Coprod.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Coprod.Web.Platform.Demo;

/// <summary>
/// The demo CISPD's contract (CLS, EVAL): a three-year STSPD from the first of January of last year,
/// signed by the president of the Métropole, the prefect, the prosecutor and the département, with
/// four priorities by theme and twelve sheets (<see cref="DemoContractSheets"/>: nine adopted, three
/// vague drafts), version 1 kept; then its follow-up (<see cref="DemoContractFollowUp"/>): commitments
/// kept and late, indicator values since the start, and an amendment that waits for the president; the
/// indicators counted from events computed as the daily job would.
/// Written once: a partnership that has a contract is left alone.
/// </summary>
internal sealed class DemoContract(CoprodDbContext db, AuditTrail audit, DemoContractFollowUp followUp, ComputeIndicatorValues.Handler compute,
    TimeProvider clock)
{
    public async Task SeedAsync(CancellationToken ct = default)
    {
        if (await db.Set<LocalContract>().AnyAsync(c => c.PartnershipId == DemoData.Metropole, ct))
        {
            return;
        }
        var institutions = await db.Set<Institution>().AsNoTracking().Where(i => i.PartnershipId == DemoData.Metropole).ToDictionaryAsync(i => i.Name, i => i.Id, ct);
        var cast = new DemoContractCast(
            DemoData.Institutions.Where(s => institutions.ContainsKey(s.Name)).ToDictionary(s => s.Key, s => institutions[s.Name]),
            await MembershipsAsync(ct));
        var now = clock.GetUtcNow();
        var year = ParisTime.DateOf(now).Year;
        var contract = new LocalContract
        {
            Id = Guid.NewGuid(),
            PartnershipId = DemoData.Metropole,
            Kind = ContractKind.Stspd,
            Title = $"Stratégie territoriale de sécurité et de prévention de la délinquance {year - 1}-{year + 1}",
            StartsOn = new DateOnly(year - 1, 1, 1),
            EndsOn = new DateOnly(year + 1, 12, 31),
            DiagnosticReference = $"Diagnostic local de sécurité de la Métropole, {year - 2}",
            Status = ContractStatus.Signed,
            CurrentVersion = 1,
            CreatedAt = now,
            Priorities = DemoContractSheets.Priorities.Select((p, i) => new ContractPriority { Id = Guid.NewGuid(), Title = p.Title, Description = p.Description, Position = i })
                .ToList(),
        };
        var signedOn = contract.StartsOn.AddDays(-20);
        contract.Signatories =
        [
            Signatory(SignatoryRole.PresidentEpci, "Le président de Grenoble-Alpes Métropole", cast, "metropole", "maire@demo.coprod.fr", signedOn, 0),
            Signatory(SignatoryRole.Prefet, "Le préfet de l'Isère", cast, "prefecture", "prefecture@demo.coprod.fr", signedOn, 1),
            Signatory(SignatoryRole.Procureur, "Le procureur de la République près le tribunal judiciaire de Grenoble", cast, "parquet", "parquet@demo.coprod.fr",
                signedOn, 2),
            Signatory(SignatoryRole.PresidentDepartement, "Le président du conseil départemental de l'Isère", cast, "departement", "educatrice@demo.coprod.fr",
                signedOn.AddDays(6), 3),
        ];
        var sheets = DemoContractSheets.Sheets.Select((s, i) => Sheet(contract, s, i + 1, cast, now)).ToList();
        db.Add(contract);
        db.AddRange(sheets);
        db.Add(ContractSnapshot.Take(1, contract, sheets).ToVersion(contract.Id, null, now));
        await audit.SaveWithAuditAsync(ct, [
            new AuditEntry(AuditEventType.ContractCreated, DemoData.Metropole, null, "contract", contract.Id.ToString(), new { demo = true, sheets = sheets.Count }),
            new AuditEntry(AuditEventType.ContractSigned, DemoData.Metropole, null, "contract", contract.Id.ToString(), new { version = 1 })]);
        await followUp.SeedAsync(contract, sheets, cast, ct);
        await compute.RunOnceAsync(now, ct);
    }

    private async Task<Dictionary<string, Guid>> MembershipsAsync(CancellationToken ct) =>
        await db.Set<Membership>().AsNoTracking().Where(m => m.PartnershipId == DemoData.Metropole)
            .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new { u.Email, m.Id })
            .ToDictionaryAsync(x => x.Email!, x => x.Id, ct);

    private static ContractSignatory Signatory(SignatoryRole role, string label, DemoContractCast cast, string institution, string approver, DateOnly signedOn,
        int position) => new()
        {
            Id = Guid.NewGuid(),
            Role = role,
            Label = label,
            InstitutionId = cast.Institution(institution),
            MembershipId = cast.Memberships.TryGetValue(approver, out var m) ? m : null,
            SignedOn = signedOn,
            Position = position,
        };

    private static ActionSheet Sheet(LocalContract contract, DemoSheet seed, int number, DemoContractCast cast, DateTimeOffset now)
    {
        var sheet = new ActionSheet
        {
            Id = Guid.NewGuid(),
            PartnershipId = contract.PartnershipId,
            ContractId = contract.Id,
            PriorityId = contract.Priorities[seed.Priority].Id,
            Number = number,
            Status = seed.Adopted ? SheetStatus.Adopted : SheetStatus.Draft,
            CreatedAt = now,
        };
        SheetWriter.Apply(sheet, cast.Content(contract, seed), now);
        foreach (var (milestone, (_, _, done)) in sheet.Milestones.Zip(seed.Milestones))
        {
            milestone.DoneOn = done ? milestone.DueOn.AddDays(-3) : null;
        }
        return sheet;
    }
}

/// <summary>The demo CISPD's institutions by demo key, and its memberships by e-mail.</summary>
internal sealed record DemoContractCast(Dictionary<string, Guid> Institutions, Dictionary<string, Guid> Memberships)
{
    public Guid? Institution(string? key) => key is not null && Institutions.TryGetValue(key, out var id) ? id : null;

    public string Name(string key) => DemoData.Institutions.Single(s => s.Key == key).Name;

    /// <summary>A demo sheet's content in the contract: communes by INSEE code, institutions by id, milestones by date.</summary>
    public SheetInput Content(LocalContract contract, DemoSheet s) => new(
        contract.Priorities[s.Priority].Id, s.Title, s.Objective, s.Public, s.Communes.Select(Insee).ToList(), [], Institution(s.Pilot),
        s.CoPartners.Select(Institution).OfType<Guid>().ToList(), s.Content, s.Cost,
        s.Milestones.Select(m => new MilestoneInput(null, m.Label, contract.StartsOn.AddMonths(m.Month).AddDays(-1))).ToList(),
        s.Funding.Select(f => Institution(f.Funder) is { } id ? new FundingInput(Name(f.Funder), id, f.Amount) : new FundingInput(f.Funder, null, f.Amount)).ToList(),
        s.Indicators.Select(i => new IndicatorInput(null, i.Kind, i.Name, i.Unit, i.Source, i.Baseline, i.Target, i.Frequency,
            i.EventCategory is null ? IndicatorComputation.Entered : IndicatorComputation.EventCount, i.EventCategory)).ToList(),
        []);

    private static string Insee(string key) => key switch
    {
        "grenoble" => DemoData.GrenobleInsee,
        "echirolles" => DemoData.EchirollesInsee,
        _ => DemoData.SaintMartinInsee,
    };
}
