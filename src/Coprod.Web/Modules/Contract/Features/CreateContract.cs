using Coprod.Web.Modules.Contract.Domain;
using Coprod.Web.Platform.Audit;
using Coprod.Web.Platform.Data;
using Coprod.Web.Platform.Localization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Contract.Features;

/// <summary>Creates a contract in draft (CLS-1): the coordinator alone, with its period, signatories and priorities by theme.</summary>
public static class CreateContract
{
    public sealed class Handler(CoprodDbContext db, ContractReader reader, AuditTrail audit, StrategyTaxonomy taxonomy, TimeProvider clock,
        IStringLocalizer<ContractText> t, IStringLocalizer<UiText> ui)
    {
        public async Task<Results<Created<ContractDto>, ValidationProblem, ProblemHttpResult>> HandleAsync(Guid partnershipId, ContractInput r, Guid actorId,
            CancellationToken ct)
        {
            var (seat, refusal) = await reader.SeatAsync(partnershipId, actorId, manage: true, ct);
            if (refusal is not null)
            {
                return refusal;
            }
            var refs = await ContractReferences.LoadAsync(db, partnershipId, reader.Today, ct);
            var v = ContractRules.Check(r, refs, taxonomy, reader.Today, t, ui);
            v.Check(r.Signatories is null || r.Signatories.All(s => s.Id is null), "signatories", t["Contract_UnknownId"]);
            v.Check(r.Priorities is null || r.Priorities.All(p => p.Id is null), "priorities", t["Contract_UnknownId"]);
            if (!v.IsValid)
            {
                return TypedResults.ValidationProblem(v.Errors);
            }
            var contract = new LocalContract { Id = Guid.NewGuid(), PartnershipId = partnershipId, CreatedAt = clock.GetUtcNow() };
            ContractWriter.Apply(contract, r);
            db.Add(contract);
            await audit.SaveWithAuditAsync(ct, new AuditEntry(AuditEventType.ContractCreated, partnershipId, actorId, "contract", contract.Id.ToString(),
                new { kind = contract.Kind.ToString(), startsOn = contract.StartsOn, endsOn = contract.EndsOn }));
            return TypedResults.Created($"/api/v1/partnerships/{partnershipId}/contracts/{contract.Id}", await reader.ToDtoAsync(contract, seat!, ct));
        }
    }
}
