using Coprod.Web.Modules.Confidential.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Confidential.Features.Cases;

/// <summary>
/// Loads a case for a change (update, entry, closure): the module's 404 when the caller may not read it, 409 when it is
/// in the archive (read-only); otherwise the case with the caller's seat in its group.
/// </summary>
public sealed class ActiveCases(ConfidentialAccess access, IStringLocalizer<ConfidentialText> notFound, IStringLocalizer<CasesText> t)
{
    public sealed record ActiveCase(ConfidentialAccess.Seat Seat, ConfidentialCase Case);

    public async Task<(ActiveCase? Active, ProblemHttpResult? Refusal)> LoadAsync(Guid partnershipId, Guid caseId, Guid userId, CancellationToken ct,
        bool tracking = false)
    {
        if (await access.CaseAsync(partnershipId, caseId, userId, ct, tracking) is not { } pair)
        {
            return (null, ConfidentialProblems.NotFound(notFound));
        }
        return pair.Case.Status == CaseStatus.Active ? (new ActiveCase(pair.Seat, pair.Case), null) : (null, CaseProblems.Conflict(t["Case_Archived"]));
    }
}
