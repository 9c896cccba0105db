using Coprod.Web.Modules.Directory.Domain;
using Coprod.Web.Modules.Directory.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Coprod.Web.Modules.Directory.Data;

internal sealed class DirectoryPersonConfiguration : IEntityTypeConfiguration<DirectoryPerson>
{
    public void Configure(EntityTypeBuilder<DirectoryPerson> b)
    {
        b.ToTable("directory_people");
        b.Property(p => p.FirstName).HasMaxLength(PersonRules.NameLength);
        b.Property(p => p.LastName).HasMaxLength(PersonRules.NameLength);
        b.Property(p => p.Function).HasMaxLength(PersonRules.FunctionLength);
        b.Property(p => p.Email).HasMaxLength(DirectoryLimits.Email);
        b.Property(p => p.Phone).HasMaxLength(DirectoryLimits.Phone);
        b.PrimitiveCollection(p => p.Communes);
        b.HasOne<Institution>().WithMany().HasForeignKey(p => p.InstitutionId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(p => new { p.PartnershipId, p.LastName });
        b.HasIndex(p => new { p.PartnershipId, p.Email });
    }
}
