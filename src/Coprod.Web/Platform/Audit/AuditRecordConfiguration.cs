using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Coprod.Web.Platform.Audit;

internal sealed class AuditRecordConfiguration : IEntityTypeConfiguration<AuditRecord>
{
    public void Configure(EntityTypeBuilder<AuditRecord> b)
    {
        b.ToTable("audit_records");
        b.HasKey(r => r.Sequence);
        b.Property(r => r.Sequence).ValueGeneratedNever();
        b.Property(r => r.TargetType).HasMaxLength(64);
        b.Property(r => r.TargetId).HasMaxLength(64);
        b.Property(r => r.Details).HasMaxLength(2000);
        b.Property(r => r.PreviousHash).HasMaxLength(64);
        b.Property(r => r.Hash).HasMaxLength(64);
        b.HasIndex(r => new { r.PartnershipId, r.Sequence });
    }
}
