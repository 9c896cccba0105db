using Coprod.Web.Modules.Partnerships.Domain;

namespace Coprod.Web.Platform.Auth;

/// <summary>Policy names used by route groups and pages alike.</summary>
public static class CoprodPolicies
{
    /// <summary>Any active member of the partnership in the route (<c>{partnershipId}</c>) or passed as resource.</summary>
    public const string PartnershipMember = "Partnership.Member";

    /// <summary>Members who write partnership data: everyone but field agents.</summary>
    public const string PartnershipContribute = "Partnership.Contribute";

    /// <summary>The coordinator, who runs the platform for the partnership.</summary>
    public const string PartnershipManage = "Partnership.Manage";

    /// <summary>Who reads the partnership's audit trail: the coordinator.</summary>
    public const string PartnershipAudit = "Partnership.Audit";

    /// <summary>Who sends events to the partnership (EVT-4): any active member, or an API key of this partnership.</summary>
    public const string PartnershipIngest = "Partnership.Ingest";

    /// <summary>The platform operator.</summary>
    public const string PlatformAdmin = "Platform.Admin";

    /// <summary>Route parameter name carrying the partnership id.</summary>
    public const string PartnershipRouteKey = "partnershipId";

    internal static readonly PartnershipRole[] Contributors =
        [PartnershipRole.Coordinateur, PartnershipRole.President, PartnershipRole.Etat, PartnershipRole.Parquet, PartnershipRole.Partenaire];

    internal static readonly PartnershipRole[] Managers = [PartnershipRole.Coordinateur];
}
