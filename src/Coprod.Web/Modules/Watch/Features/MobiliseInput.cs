using Coprod.Web.Modules.Directory.Domain;
using Coprod.Web.Modules.Partnerships.Domain;
using Coprod.Web.Modules.Privacy;
using Coprod.Web.Modules.Watch.Domain;
using Coprod.Web.Platform.Data;
using Coprod.Web.Platform.Localization;
using Coprod.Web.Platform.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Watch.Features;

/// <summary>
/// Who to mobilise: exactly one of <c>institutionId</c> (an institution of the partnership),
/// <c>personId</c> (a person of its directory, in post) or <c>membershipId</c> (a current member),
/// and <c>role</c>, what is asked of them (required, anonymous text).
/// </summary>
public sealed record MobiliseInput(Guid? InstitutionId, Guid? PersonId, Guid? MembershipId, string? Role);

/// <summary>Checks <see cref="MobiliseInput"/>s against the partnership and the alert's current mobilisations.</summary>
public sealed class MobiliseChecks(CoprodDbContext db, TimeProvider clock, AnonymousTextGuard guard, IStringLocalizer<WatchText> t,
    IStringLocalizer<UiText> ui)
{
    /// <summary>The mobilisations to add, and the screening of their roles (whose audit entries go with the change).</summary>
    public sealed record Mobilising(List<AlertMobilisation> Added, AnonymousTextCheck Privacy);

    /// <summary>
    /// The mobilisations a request asks for, errors on <paramref name="prefix"/> + field; or the 400 to return
    /// when one is invalid, or the 422 when a role names someone.
    /// </summary>
    public async Task<(Mobilising? Mobilising, ValidationProblem? Invalid, ProblemHttpResult? Refused)> CheckAsync(Guid partnershipId, WatchAlert alert,
        IReadOnlyList<MobiliseInput?> inputs, string prefix, Guid actorId, PrivacyOverride? privacyOverride, CancellationToken ct)
    {
        var v = new Validation();
        var privacy = guard.Begin(privacyOverride);
        var added = await CheckAsync(partnershipId, alert, inputs, prefix, actorId, v, privacy, ct);
        if (!v.IsValid)
        {
            return (null, TypedResults.ValidationProblem(v.Errors), null);
        }
        return privacy.IsAccepted ? (new Mobilising(added, privacy), null, null) : (null, null, privacy.Problem());
    }

    private async Task<List<AlertMobilisation>> CheckAsync(Guid partnershipId, WatchAlert alert, IReadOnlyList<MobiliseInput?> inputs, string prefix, Guid actorId,
        Validation v, AnonymousTextCheck privacy, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var existing = await db.Set<AlertMobilisation>().AsNoTracking().Where(m => m.AlertId == alert.Id).ToListAsync(ct);
        v.Check(existing.Count + inputs.Count <= AlertLimits.Mobilised, prefix.Length == 0 ? "" : prefix.TrimEnd('.'), t["Mobilise_TooMany", AlertLimits.Mobilised]);
        var taken = existing.Select(Target).ToHashSet();
        var added = new List<AlertMobilisation>();
        foreach (var (input, i) in inputs.Select((x, i) => (x, i)))
        {
            var at = inputs.Count == 1 && prefix.Length == 0 ? "" : $"{prefix}[{i}].";
            var role = input?.Role?.Trim() ?? "";
            v.Check(role.Length > 0, at + "role", ui["Validation_Required"]).Check(role.Length <= AlertLimits.Role, at + "role", ui["Validation_TooLong", AlertLimits.Role]);
            var ids = new[] { input?.InstitutionId, input?.PersonId, input?.MembershipId }.Count(x => x is not null);
            if (ids != 1)
            {
                v.Add(at + "institutionId", t[ids == 0 ? "Mobilise_TargetRequired" : "Mobilise_OneTarget"]);
                continue;
            }
            var field = input!.InstitutionId is not null ? "institutionId" : input.PersonId is not null ? "personId" : "membershipId";
            if (!await ExistsAsync(partnershipId, input, today, ct))
            {
                v.Add(at + field, t["Mobilise_Unknown"]);
                continue;
            }
            var mobilisation = new AlertMobilisation
            {
                Id = Guid.NewGuid(),
                AlertId = alert.Id,
                InstitutionId = input.InstitutionId,
                PersonId = input.PersonId,
                MembershipId = input.MembershipId,
                Role = role,
                AddedAt = clock.GetUtcNow(),
                AddedBy = actorId,
            };
            if (!taken.Add(Target(mobilisation)))
            {
                v.Add(at + field, t["Mobilise_Already"]);
                continue;
            }
            privacy.Check(at + "role", role.Length <= AlertLimits.Role ? role : null);
            added.Add(mobilisation);
        }
        return added;
    }

    private static (Guid?, Guid?, Guid?) Target(AlertMobilisation m) => (m.InstitutionId, m.PersonId, m.MembershipId);

    private Task<bool> ExistsAsync(Guid partnershipId, MobiliseInput input, DateOnly today, CancellationToken ct) =>
        input.InstitutionId is { } institution ? db.Set<Institution>().AnyAsync(i => i.Id == institution && i.PartnershipId == partnershipId, ct)
        : input.PersonId is { } person ? db.Set<DirectoryPerson>().AnyAsync(p => p.Id == person && p.PartnershipId == partnershipId
            && p.StartsOn <= today && (p.EndsOn == null || p.EndsOn > today), ct)
        : db.Set<Membership>().Where(Membership.ActiveOn(today)).AnyAsync(m => m.Id == input.MembershipId && m.PartnershipId == partnershipId, ct);
}
