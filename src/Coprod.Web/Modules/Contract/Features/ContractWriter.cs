using Coprod.Web.Modules.Contract.Domain;
using Coprod.Web.Platform.Problems;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Contract.Features;

/// <summary>
/// Writes checked contract input onto a contract: signatories and priorities kept by id, new ones
/// added, missing ones removed (a priority that carries sheets is never removed). Also tells whether
/// an update touches what, in a signed contract, only an amendment may change.
/// </summary>
public static class ContractWriter
{
    /// <summary>Ids given that are not the contract's, and priorities removed while they carry sheets, as field errors.</summary>
    public static Validation CheckIds(Validation v, ContractInput r, LocalContract contract, IReadOnlySet<Guid> prioritiesWithSheets, IStringLocalizer<ContractText> t)
    {
        var signatories = r.Signatories ?? [];
        for (var i = 0; i < signatories.Count; i++)
        {
            v.Check(signatories[i].Id is not { } id || contract.Signatories.Any(s => s.Id == id), $"signatories[{i}].id", t["Contract_UnknownId"]);
        }
        var priorities = r.Priorities ?? [];
        for (var i = 0; i < priorities.Count; i++)
        {
            v.Check(priorities[i].Id is not { } id || contract.Priorities.Any(p => p.Id == id), $"priorities[{i}].id", t["Contract_UnknownId"]);
        }
        var kept = priorities.Select(p => p.Id).OfType<Guid>().ToHashSet();
        v.Check(prioritiesWithSheets.All(kept.Contains), "priorities", t["Priority_HasSheets"]);
        return v;
    }

    /// <summary>Whether <paramref name="r"/> changes the period, the priorities or the signatories' identity or signature (amendment matters).</summary>
    public static bool ChangesTheContract(LocalContract c, ContractInput r)
    {
        if (r.Kind != c.Kind || r.StartsOn != c.StartsOn || r.EndsOn != c.EndsOn)
        {
            return true;
        }
        var priorities = c.Priorities.OrderBy(p => p.Position).Select(p => $"{p.Id}|{p.Title}|{p.Description}|{string.Join(',', p.Tags)}");
        var asked = (r.Priorities ?? []).Select(p => $"{p.Id}|{p.Title?.Trim()}|{ContractRules.Clean(p.Description)}|{string.Join(',', (p.Tags ?? []).Distinct())}");
        var signatories = c.Signatories.OrderBy(s => s.Position).Select(s => $"{s.Id}|{s.Role}|{s.Label}|{s.InstitutionId}|{s.SignedOn}");
        var askedSignatories = (r.Signatories ?? []).Select(s => $"{s.Id}|{s.Role}|{s.Label?.Trim()}|{s.InstitutionId}|{s.SignedOn}");
        return !priorities.SequenceEqual(asked) || !signatories.SequenceEqual(askedSignatories);
    }

    public static void Apply(LocalContract c, ContractInput r)
    {
        c.Kind = r.Kind!.Value;
        c.Title = r.Title!.Trim();
        c.StartsOn = r.StartsOn!.Value;
        c.EndsOn = r.EndsOn!.Value;
        c.DiagnosticReference = ContractRules.Clean(r.DiagnosticReference);
        var signatories = r.Signatories ?? [];
        var keptSignatories = signatories.Select(s => s.Id).OfType<Guid>().ToHashSet();
        c.Signatories.RemoveAll(s => !keptSignatories.Contains(s.Id));
        for (var i = 0; i < signatories.Count; i++)
        {
            var input = signatories[i];
            var s = c.Signatories.FirstOrDefault(x => x.Id == input.Id);
            if (s is null)
            {
                s = new ContractSignatory { Id = Guid.NewGuid(), ContractId = c.Id };
                c.Signatories.Add(s);
            }
            s.Role = input.Role!.Value;
            s.Label = input.Label!.Trim();
            s.InstitutionId = input.InstitutionId;
            s.MembershipId = input.MembershipId;
            s.SignedOn = input.SignedOn;
            s.Position = i;
        }
        var priorities = r.Priorities ?? [];
        var keptPriorities = priorities.Select(p => p.Id).OfType<Guid>().ToHashSet();
        c.Priorities.RemoveAll(p => !keptPriorities.Contains(p.Id));
        for (var i = 0; i < priorities.Count; i++)
        {
            var input = priorities[i];
            var p = c.Priorities.FirstOrDefault(x => x.Id == input.Id);
            if (p is null)
            {
                p = new ContractPriority { Id = Guid.NewGuid(), ContractId = c.Id };
                c.Priorities.Add(p);
            }
            p.Title = input.Title!.Trim();
            p.Description = ContractRules.Clean(input.Description);
            p.Tags = [.. (input.Tags ?? []).Distinct()];
            p.Position = i;
        }
    }
}
