using Coprod.Web.Modules.Directory.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Coprod.Web.Modules.Directory.Data;

internal sealed class InstitutionConfiguration : IEntityTypeConfiguration<Institution>
{
    public void Configure(EntityTypeBuilder<Institution> b)
    {
        b.ToTable("directory_institutions");
        b.Property(i => i.Name).HasMaxLength(200);
        b.HasIndex(i => new { i.PartnershipId, i.Name }).IsUnique();
    }
}
