using Coprod.Web.Modules.Events.Domain;

namespace Coprod.Web.Modules.Events.Features;

/// <summary><c>GET …/events/categories</c>: the partnership's taxonomy, retired categories included and marked.</summary>
public static class ListCategories
{
    public sealed record CategoryDto(Guid Id, string Code, string Label, int Rank, bool IsActive, Guid Version)
    {
        public static CategoryDto From(EventCategory c) => new(c.Id, c.Code, c.Label, c.Rank, c.IsActive, c.Version);
    }

    public sealed class Handler(EventCategories categories)
    {
        public async Task<IReadOnlyList<CategoryDto>> HandleAsync(Guid partnershipId, CancellationToken ct) =>
            (await categories.LoadAsync(partnershipId, ct)).Select(CategoryDto.From).ToList();
    }
}
