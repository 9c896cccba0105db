using Coprod.Web.Modules.Confidential.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Coprod.Web.Modules.Confidential.Data;

internal sealed class GroupConfiguration : IEntityTypeConfiguration<ConfidentialGroup>
{
    public void Configure(EntityTypeBuilder<ConfidentialGroup> b)
    {
        b.ToTable("conf_groups");
        b.Property(x => x.Name).HasMaxLength(ConfidentialLimits.Name);
        b.Property(x => x.Purpose).HasMaxLength(ConfidentialLimits.Purpose);
        b.Property(x => x.Territory).HasMaxLength(ConfidentialLimits.Territory);
        b.HasIndex(x => new { x.PartnershipId, x.Channel, x.Status });
    }
}

internal sealed class GroupMemberConfiguration : IEntityTypeConfiguration<GroupMember>
{
    public void Configure(EntityTypeBuilder<GroupMember> b)
    {
        b.ToTable("conf_members");
        b.HasOne<ConfidentialGroup>().WithMany().HasForeignKey(x => x.GroupId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.GroupId, x.UserId });
        b.HasIndex(x => x.UserId);
        b.Ignore(x => x.IsCurrent);
    }
}

internal sealed class CharterVersionConfiguration : IEntityTypeConfiguration<CharterVersion>
{
    public void Configure(EntityTypeBuilder<CharterVersion> b)
    {
        b.ToTable("conf_charter_versions");
        b.Property(x => x.Purpose).HasMaxLength(ConfidentialLimits.Purpose);
        b.HasOne<ConfidentialGroup>().WithMany().HasForeignKey(x => x.GroupId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.GroupId, x.Number }).IsUnique();
    }
}

internal sealed class CharterSignatureConfiguration : IEntityTypeConfiguration<CharterSignature>
{
    public void Configure(EntityTypeBuilder<CharterSignature> b)
    {
        b.ToTable("conf_charter_signatures");
        b.HasOne<GroupMember>().WithMany().HasForeignKey(x => x.MemberId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.MemberId, x.VersionNumber }).IsUnique();
        b.HasIndex(x => x.GroupId);
    }
}
