using Coprod.Web.Modules.Territory.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Coprod.Web.Modules.Territory.Data;

internal sealed class AreaConfiguration : IEntityTypeConfiguration<Area>
{
    public void Configure(EntityTypeBuilder<Area> b)
    {
        b.ToTable("territory_areas");
        b.Property(a => a.Name).HasMaxLength(AreaLimits.NameLength);
        b.Property(a => a.CommuneInsee).HasMaxLength(5);
        b.Property(a => a.Code).HasMaxLength(AreaLimits.CodeLength);
        b.Property(a => a.Geometry).IsRequired();
        b.HasIndex(a => new { a.PartnershipId, a.CommuneInsee, a.Kind });
    }
}

internal sealed class AreaRevisionConfiguration : IEntityTypeConfiguration<AreaRevision>
{
    public void Configure(EntityTypeBuilder<AreaRevision> b)
    {
        b.ToTable("territory_area_revisions");
        b.HasKey(r => r.PartnershipId);
    }
}
