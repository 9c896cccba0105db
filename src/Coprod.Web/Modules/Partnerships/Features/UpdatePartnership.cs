using Coprod.Web.Modules.Partnerships.Domain;
using Coprod.Web.Modules.Privacy;
using Coprod.Web.Modules.Territory.Domain;
using Coprod.Web.Platform.Audit;
using Coprod.Web.Platform.Data;
using Coprod.Web.Platform.Localization;
using Coprod.Web.Platform.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Partnerships.Features;

/// <summary>
/// The coordinator keeps the partnership's facts current: name, status, communes, whether a CDDF
/// exists and which communes oppose the CISPD (these feed the compliance panel). The name is an
/// anonymous text (PRIV-1, <see cref="AnonymousTextGuard"/>).
/// </summary>
public static class UpdatePartnership
{
    public sealed record CommuneInput(string? Insee, bool OpposesCispd);

    public sealed record Request(string? Name, PartnershipStatus? Status, IReadOnlyList<CommuneInput>? Communes, string? EpciSiren, bool HasCddf, Guid Version,
        PrivacyOverride? PrivacyOverride = null);

    public sealed class Handler(CoprodDbContext db, AuditTrail audit, IGeography geography, GetPartnership.Handler read, AnonymousTextGuard privacyGuard, IStringLocalizer<UiText> t)
    {
        public async Task<Results<Ok<GetPartnership.Response>, ValidationProblem, NotFound, ProblemHttpResult>> HandleAsync(
            Guid partnershipId, Request r, Guid actorId, CancellationToken ct)
        {
            var p = await db.Set<Partnership>().Include(x => x.Communes).FirstOrDefaultAsync(x => x.Id == partnershipId, ct);
            if (p is null)
            {
                return TypedResults.NotFound();
            }
            var v = PartnershipRules.Check(new Validation(), p.Kind, r.Name, r.Communes?.Select(c => c.Insee ?? "").ToList(), r.EpciSiren, p.DepartementCode, geography, t);
            v.Check(r.Status is not null && Enum.IsDefined(r.Status.Value), "status", t["Partnership_StatusInvalid"]);
            if (!v.IsValid)
            {
                return TypedResults.ValidationProblem(v.Errors);
            }
            if (p.Version != r.Version)
            {
                return CommonProblems.Concurrency(t);
            }
            // An unchanged name was checked when it was written: a status change does not ask for its reason again.
            var privacy = privacyGuard.Begin(r.PrivacyOverride).Check("name", r.Name!.Trim() == p.Name ? null : r.Name);
            if (!privacy.IsAccepted)
            {
                return privacy.Problem();
            }
            p.Name = r.Name!.Trim();
            p.Status = r.Status!.Value;
            p.HasCddf = r.HasCddf;
            p.EpciSiren = string.IsNullOrWhiteSpace(r.EpciSiren) ? null : r.EpciSiren.Trim();
            var wanted = r.Communes!.GroupBy(c => c.Insee!.Trim()).ToDictionary(g => g.Key, g => g.Any(c => c.OpposesCispd));
            p.Communes.RemoveAll(c => !wanted.ContainsKey(c.InseeCode));
            foreach (var (insee, opposes) in wanted)
            {
                var link = p.Communes.FirstOrDefault(c => c.InseeCode == insee);
                if (link is null)
                {
                    p.Communes.Add(new PartnershipCommune { PartnershipId = p.Id, InseeCode = insee, OpposesCispd = opposes });
                }
                else
                {
                    link.OpposesCispd = opposes;
                }
            }
            db.Entry(p).Property(x => x.Version).OriginalValue = r.Version;
            await audit.SaveWithAuditAsync(ct, [
                new AuditEntry(AuditEventType.PartnershipUpdated, p.Id, actorId, "partnership", p.Id.ToString(),
                    new { status = p.Status.ToString(), p.HasCddf, communes = wanted.Keys }),
                .. privacy.AuditEntries(p.Id, actorId, "partnership", p.Id.ToString())]);
            return TypedResults.Ok((await read.HandleAsync(p.Id, ct))!);
        }
    }
}
