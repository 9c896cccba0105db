using Coprod.Web.Modules.Events.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Coprod.Web.Modules.Events.Data;

internal sealed class EventCategoryConfiguration : IEntityTypeConfiguration<EventCategory>
{
    public void Configure(EntityTypeBuilder<EventCategory> b)
    {
        b.ToTable("events_categories");
        b.Property(x => x.Code).HasMaxLength(EventLimits.CategoryCode);
        b.Property(x => x.Label).HasMaxLength(EventLimits.CategoryLabel);
        b.HasIndex(x => new { x.PartnershipId, x.Code }).IsUnique();
    }
}

internal sealed class SafetyEventConfiguration : IEntityTypeConfiguration<SafetyEvent>
{
    public void Configure(EntityTypeBuilder<SafetyEvent> b)
    {
        b.ToTable("events_events");
        b.Property(x => x.Description).HasMaxLength(EventLimits.Description);
        b.Property(x => x.CommuneInsee).HasMaxLength(5);
        b.Property(x => x.ExternalReference).HasMaxLength(EventLimits.ExternalReference);
        b.HasOne<EventCategory>().WithMany().HasForeignKey(x => x.CategoryId).OnDelete(DeleteBehavior.Restrict);
        // The list, map, exports and the watch cell's counts all read by partnership and period.
        b.HasIndex(x => new { x.PartnershipId, x.OccurredAt });
        b.HasIndex(x => new { x.PartnershipId, x.AreaId, x.CategoryId, x.OccurredAt });
    }
}

internal sealed class EventDeliveryConfiguration : IEntityTypeConfiguration<EventDelivery>
{
    public void Configure(EntityTypeBuilder<EventDelivery> b)
    {
        b.ToTable("events_deliveries");
        b.HasOne<SafetyEvent>().WithMany().HasForeignKey(x => x.EventId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.EventId, x.InstitutionId }).IsUnique();
        b.HasIndex(x => new { x.PartnershipId, x.InstitutionId, x.AcknowledgedAt });
        // The escalation and digest jobs look for immediate deliveries nobody acknowledged, and digests not sent.
        b.HasIndex(x => new { x.Mode, x.EscalatedAt, x.AcknowledgedAt, x.RoutedAt });
        b.HasIndex(x => new { x.Mode, x.DigestSentAt, x.InstitutionId });
        b.HasIndex(x => x.DigestBatchId);
        b.HasMany(x => x.FollowUps).WithOne().HasForeignKey(f => f.DeliveryId).OnDelete(DeleteBehavior.Cascade);
    }
}
