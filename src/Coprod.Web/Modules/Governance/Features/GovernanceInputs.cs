using Coprod.Web.Modules.Governance.Domain;
using Coprod.Web.Platform.Localization;
using Coprod.Web.Platform.Problems;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Governance.Features;

/// <summary>Checks of the lists a request carries (members, invitees) against the partnership's people.</summary>
internal static class GovernanceInputs
{
    public static List<BodyMember> Members(Validation v, IReadOnlyList<BodyMemberInput>? inputs, PartnershipPeople people, DateOnly defaultFrom,
        IStringLocalizer<GovernanceText> t, IStringLocalizer<UiText> ui)
    {
        var members = new List<BodyMember>();
        inputs ??= [];
        v.Check(inputs.Count <= GovernanceLimits.Members, "members", t["Validation_TooMany", GovernanceLimits.Members]);
        var seen = new HashSet<Guid>();
        for (var i = 0; i < inputs.Count; i++)
        {
            var input = inputs[i];
            var field = $"members[{i}]";
            if (!Exists(v, field, input?.InstitutionId, input?.MembershipId, people, t))
            {
                continue;
            }
            var key = input!.InstitutionId ?? input.MembershipId!.Value;
            v.Check(seen.Add(key), field, t["Validation_Duplicate"]);
            var basis = BodyRules.Clean(input.LegalBasis);
            v.Check(basis is null || basis.Length <= GovernanceLimits.LegalBasis, $"{field}.legalBasis", ui["Validation_TooLong", GovernanceLimits.LegalBasis]);
            members.Add(new BodyMember
            {
                Id = Guid.NewGuid(),
                InstitutionId = input.InstitutionId,
                MembershipId = input.InstitutionId is null ? input.MembershipId : null,
                ByRight = input.ByRight,
                LegalBasis = basis,
                InForceFrom = input.InForceFrom ?? defaultFrom,
            });
        }
        return members;
    }

    public static List<Invitee> Invitees(Validation v, IReadOnlyList<InviteeInput>? inputs, PartnershipPeople people, IStringLocalizer<GovernanceText> t)
    {
        var invitees = new List<Invitee>();
        inputs ??= [];
        v.Check(inputs.Count <= GovernanceLimits.Invitees, "invitees", t["Validation_TooMany", GovernanceLimits.Invitees]);
        var seen = new HashSet<Guid>();
        for (var i = 0; i < inputs.Count; i++)
        {
            var input = inputs[i];
            var field = $"invitees[{i}]";
            if (!Exists(v, field, input?.InstitutionId, input?.MembershipId, people, t))
            {
                continue;
            }
            var key = input!.InstitutionId ?? input.MembershipId!.Value;
            v.Check(seen.Add(key), field, t["Validation_Duplicate"]);
            invitees.Add(new Invitee { Id = Guid.NewGuid(), InstitutionId = input.InstitutionId, MembershipId = input.InstitutionId is null ? input.MembershipId : null });
        }
        return invitees;
    }

    private static bool Exists(Validation v, string field, Guid? institutionId, Guid? membershipId, PartnershipPeople people, IStringLocalizer<GovernanceText> t)
    {
        if (institutionId is null == membershipId is null)
        {
            v.Add(field, t["Validation_OneOfInstitutionOrMember"]);
            return false;
        }
        var known = institutionId is { } i ? people.Institutions.ContainsKey(i) : people.Members.ContainsKey(membershipId!.Value);
        v.Check(known, field, t[institutionId is null ? "Validation_UnknownMember" : "Validation_UnknownInstitution"]);
        return known;
    }
}
