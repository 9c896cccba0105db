using Coprod.Web.Modules.Directory.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Coprod.Web.Modules.Directory.Data;

internal sealed class DirectoryServiceConfiguration : IEntityTypeConfiguration<DirectoryService>
{
    public void Configure(EntityTypeBuilder<DirectoryService> b)
    {
        b.ToTable("directory_services");
        b.Property(s => s.Name).HasMaxLength(DirectoryLimits.Name);
        b.Property(s => s.Description).HasMaxLength(DirectoryLimits.Description);
        b.Property(s => s.Phone).HasMaxLength(DirectoryLimits.Phone);
        b.Property(s => s.Email).HasMaxLength(DirectoryLimits.Email);
        b.Property(s => s.Address).HasMaxLength(DirectoryLimits.Address);
        b.HasIndex(s => new { s.PartnershipId, s.InstitutionId, s.Name }).IsUnique();
        b.HasOne<Institution>().WithMany().HasForeignKey(s => s.InstitutionId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(s => s.Territories).WithOne().HasForeignKey(t => t.ServiceId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ServiceTerritoryConfiguration : IEntityTypeConfiguration<ServiceTerritory>
{
    public void Configure(EntityTypeBuilder<ServiceTerritory> b)
    {
        b.ToTable("directory_service_territories");
        b.Property(t => t.CommuneInsee).HasMaxLength(5);
    }
}

internal sealed class CompetenceConfiguration : IEntityTypeConfiguration<Competence>
{
    public void Configure(EntityTypeBuilder<Competence> b)
    {
        b.ToTable("directory_competences");
        b.Property(c => c.ProblemCode).HasMaxLength(60);
        b.Property(c => c.CommuneInsee).HasMaxLength(5);
        b.HasIndex(c => new { c.PartnershipId, c.ProblemCode });
        b.HasOne<DirectoryService>().WithMany().HasForeignKey(c => c.ServiceId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PresenceSlotConfiguration : IEntityTypeConfiguration<PresenceSlot>
{
    public void Configure(EntityTypeBuilder<PresenceSlot> b)
    {
        b.ToTable("directory_presence_slots");
        b.Ignore(s => s.Interval);
        b.Property(s => s.CommuneInsee).HasMaxLength(5);
        b.HasIndex(s => new { s.PartnershipId, s.ServiceId });
        b.HasOne<DirectoryService>().WithMany().HasForeignKey(s => s.ServiceId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class OnCallShiftConfiguration : IEntityTypeConfiguration<OnCallShift>
{
    public void Configure(EntityTypeBuilder<OnCallShift> b)
    {
        b.ToTable("directory_on_call_shifts");
        b.Property(s => s.Label).HasMaxLength(DirectoryLimits.Label);
        b.Property(s => s.Phone).HasMaxLength(DirectoryLimits.Phone);
        b.Property(s => s.CommuneInsee).HasMaxLength(5);
        b.HasIndex(s => new { s.PartnershipId, s.From });
        b.HasOne<DirectoryService>().WithMany().HasForeignKey(s => s.ServiceId).OnDelete(DeleteBehavior.Cascade);
    }
}
