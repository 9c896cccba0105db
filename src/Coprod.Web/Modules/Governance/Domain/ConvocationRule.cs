namespace Coprod.Web.Modules.Governance.Domain;

/// <summary>Why a plenary must be convened as of right, if it must.</summary>
public sealed record ConvocationState(bool Required, bool ByPrefect, int RequestingInstitutions, int MemberInstitutions, DateTimeOffset? Since);

/// <summary>
/// GOV-2: the plenary is convened as of right when the prefect asks, or when a majority (more than
/// half) of its member institutions have asked, since the last meeting was scheduled. Scheduling a
/// meeting of the plenary answers every request made before it.
/// </summary>
public static class ConvocationRule
{
    /// <summary>The state of the open requests (those made since the plenary's last scheduled meeting: the caller selects them).</summary>
    public static ConvocationState Evaluate(IReadOnlyList<ConvocationRequest> requests, IReadOnlyCollection<Guid> memberInstitutions)
    {
        var open = requests.OrderBy(r => r.RequestedAt).ToList();
        var prefect = open.FirstOrDefault(r => r.ByPrefect);
        var asking = open.Where(r => r.InstitutionId is { } i && memberInstitutions.Contains(i)).DistinctBy(r => r.InstitutionId).ToList();
        var majority = memberInstitutions.Count > 0 && asking.Count * 2 > memberInstitutions.Count;
        DateTimeOffset? since = prefect?.RequestedAt;
        if (majority)
        {
            // The majority was reached by the request that made it one.
            var reachedAt = asking[memberInstitutions.Count / 2].RequestedAt;
            since = since is null || reachedAt < since ? reachedAt : since;
        }
        return new ConvocationState(prefect is not null || majority, prefect is not null, asking.Count, memberInstitutions.Count, since);
    }
}
