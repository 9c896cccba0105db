using Coprod.Web.Modules.Confidential.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Coprod.Web.Modules.Confidential.Data;

internal sealed class CaseConfiguration : IEntityTypeConfiguration<ConfidentialCase>
{
    public void Configure(EntityTypeBuilder<ConfidentialCase> b)
    {
        b.ToTable("conf_cases");
        b.Property(x => x.Reference).HasMaxLength(ConfidentialLimits.Reference);
        b.Property(x => x.SealedRecord).HasMaxLength(ConfidentialLimits.Sealed);
        b.HasOne<ConfidentialGroup>().WithMany().HasForeignKey(x => x.GroupId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.GroupId, x.Reference }).IsUnique();
        b.HasIndex(x => new { x.GroupId, x.Status });
        b.HasIndex(x => x.DestroyBy);
        b.HasIndex(x => x.ArchiveUntil);
    }
}

internal sealed class CaseEntryConfiguration : IEntityTypeConfiguration<CaseEntry>
{
    public void Configure(EntityTypeBuilder<CaseEntry> b)
    {
        b.ToTable("conf_case_entries");
        b.Property(x => x.SealedContent).HasMaxLength(ConfidentialLimits.Sealed);
        b.HasOne<ConfidentialCase>().WithMany().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.CaseId, x.CreatedAt });
    }
}

internal sealed class CaseAccessReasonConfiguration : IEntityTypeConfiguration<CaseAccessReason>
{
    public void Configure(EntityTypeBuilder<CaseAccessReason> b)
    {
        b.ToTable("conf_access_reasons");
        b.Property(x => x.SealedReason).HasMaxLength(ConfidentialLimits.Sealed);
        b.HasOne<ConfidentialCase>().WithMany().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => x.CaseId);
    }
}

internal sealed class DisclosureConfiguration : IEntityTypeConfiguration<Disclosure>
{
    public void Configure(EntityTypeBuilder<Disclosure> b)
    {
        b.ToTable("conf_disclosures");
        b.Property(x => x.SealedContent).HasMaxLength(ConfidentialLimits.Sealed);
        b.HasOne<ConfidentialCase>().WithMany().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => x.CaseId);
        b.HasIndex(x => x.ToUserId);
    }
}
