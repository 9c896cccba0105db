using Coprod.Web.Modules.Partnerships.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Coprod.Web.Modules.Partnerships.Data;

internal sealed class PartnershipConfiguration : IEntityTypeConfiguration<Partnership>
{
    public void Configure(EntityTypeBuilder<Partnership> b)
    {
        b.ToTable("partnerships");
        b.Property(p => p.Name).HasMaxLength(200);
        b.Property(p => p.EpciSiren).HasMaxLength(9);
        b.Property(p => p.DepartementCode).HasMaxLength(3);
        b.HasMany(p => p.Communes).WithOne().HasForeignKey(c => c.PartnershipId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PartnershipCommuneConfiguration : IEntityTypeConfiguration<PartnershipCommune>
{
    public void Configure(EntityTypeBuilder<PartnershipCommune> b)
    {
        b.ToTable("partnerships_communes");
        b.HasKey(c => new { c.PartnershipId, c.InseeCode });
        b.Property(c => c.InseeCode).HasMaxLength(5);
    }
}

internal sealed class MembershipConfiguration : IEntityTypeConfiguration<Membership>
{
    public void Configure(EntityTypeBuilder<Membership> b)
    {
        b.ToTable("partnerships_memberships");
        b.HasIndex(m => new { m.UserId, m.PartnershipId });
        b.HasIndex(m => m.PartnershipId);
    }
}
