using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Coprod.Web.Platform.Idempotency;

internal sealed class IdempotencyConfiguration : IEntityTypeConfiguration<IdempotencyRecord>
{
    public void Configure(EntityTypeBuilder<IdempotencyRecord> b)
    {
        b.ToTable("platform_idempotency");
        b.Property(x => x.Scope).HasMaxLength(50);
        b.Property(x => x.Key).HasMaxLength(IdempotencyKeys.MaxLength);
        b.Property(x => x.Operation).HasMaxLength(50);
        b.Property(x => x.RequestHash).HasMaxLength(64);
        b.HasIndex(x => new { x.PartnershipId, x.Scope, x.Key }).IsUnique();
        b.HasIndex(x => x.CreatedAt);
    }
}
