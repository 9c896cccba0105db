using Coprod.Web.Modules.Confidential.Domain;
using Coprod.Web.Modules.Privacy;
using Coprod.Web.Platform.Audit;
using Coprod.Web.Platform.Data;
using Coprod.Web.Platform.Localization;
using Coprod.Web.Platform.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Confidential.Features.Groups;

/// <summary>Renames a group or changes its purpose or territory (anonymous texts, 422), by its managers; 409 on a stale version.</summary>
public static class UpdateGroup
{
    public sealed record Request(Guid? Version, string? Name, string? Purpose, string? Territory, PrivacyOverride? PrivacyOverride = null);

    public sealed class Handler(GroupEditing editing, CharterRules rules, VersionedWrites writes, GroupReader reader, AnonymousTextGuard privacyGuard,
        IStringLocalizer<UiText> ui)
    {
        public async Task<Results<Ok<ManagedGroupDto>, ValidationProblem, ProblemHttpResult>> HandleAsync(Guid partnershipId, Guid groupId, Request r, Guid actorId,
            CancellationToken ct)
        {
            var (group, refusal) = await editing.LoadAsync(partnershipId, groupId, actorId, ct);
            if (refusal is not null)
            {
                return refusal;
            }
            var v = new Validation().Check(r.Version is not null, "version", ui["Validation_Required"]);
            rules.Text(v, "name", r.Name, ConfidentialLimits.Name);
            rules.Text(v, "purpose", r.Purpose, ConfidentialLimits.Purpose);
            rules.Text(v, "territory", r.Territory, ConfidentialLimits.Territory);
            if (!v.IsValid)
            {
                return TypedResults.ValidationProblem(v.Errors);
            }
            // Only new or changed texts are scanned: the stored ones were checked when written.
            var privacy = privacyGuard.Begin(r.PrivacyOverride).Check("name", Changed(r.Name, group!.Name)).Check("purpose", Changed(r.Purpose, group.Purpose))
                .Check("territory", Changed(r.Territory, group.Territory));
            if (!privacy.IsAccepted)
            {
                return privacy.Problem();
            }
            var conflict = await writes.UpdateAsync(group, r.Version, () =>
            {
                group.Name = r.Name!.Trim();
                group.Purpose = r.Purpose!.Trim();
                group.Territory = r.Territory!.Trim();
            }, () => [
                new AuditEntry(AuditEventType.ConfidentialGroupUpdated, partnershipId, actorId, "ConfidentialGroup", groupId.ToString(), new { fields = "texts" }),
                .. privacy.AuditEntries(partnershipId, actorId, "ConfidentialGroup", groupId.ToString())], ct);
            return conflict is not null ? conflict : TypedResults.Ok((await reader.ReadAsync(partnershipId, groupId, ct)).Single());
        }

        private static string? Changed(string? text, string before) => text?.Trim() == before ? null : text;
    }
}
