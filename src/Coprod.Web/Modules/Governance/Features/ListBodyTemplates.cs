using Coprod.Web.Modules.Directory.Domain;
using Coprod.Web.Modules.Governance.Domain;
using Coprod.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Coprod.Web.Modules.Governance.Features;

/// <summary>
/// The usual bodies (<see cref="BodyTemplates"/>), each prefilled for this partnership: name, purpose and
/// the suggested members resolved to its institutions, ready to be sent (edited or not) to <see cref="CreateBody"/>.
/// </summary>
public static class ListBodyTemplates
{
    public sealed record Item(string Key, BodyKind Kind, string Name, string Purpose, IReadOnlyList<SuggestedMember> SuggestedTypes, IReadOnlyList<BodyMemberInput> Members);

    public sealed class Handler(CoprodDbContext db)
    {
        public async Task<IReadOnlyList<Item>> HandleAsync(Guid partnershipId, CancellationToken ct = default)
        {
            var institutions = await db.Set<Institution>().AsNoTracking().Where(i => i.PartnershipId == partnershipId)
                .Select(i => new { i.Id, i.Type }).ToListAsync(ct);
            return BodyTemplates.All
                .Select(template => new Item(template.Key, template.Kind, template.Name, template.Purpose, template.Members,
                    template.Members.SelectMany(s => institutions.Where(i => i.Type == s.Type)
                            .Select(i => new BodyMemberInput(i.Id, null, s.ByRight, s.LegalBasis, null)))
                        .DistinctBy(m => m.InstitutionId).ToList()))
                .ToList();
        }
    }
}
