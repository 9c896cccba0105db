using Coprod.Web.Modules.Events.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Coprod.Web.Modules.Events.Data;

internal sealed class RoutingRuleConfiguration : IEntityTypeConfiguration<RoutingRule>
{
    public void Configure(EntityTypeBuilder<RoutingRule> b)
    {
        b.ToTable("events_routing_rules");
        b.Property(x => x.Name).HasMaxLength(EventLimits.RuleName);
        // Lists of codes and ids, read whole with their rule: a JSON column on SQLite, an array on PostgreSQL.
        b.PrimitiveCollection(x => x.Categories);
        b.PrimitiveCollection(x => x.Communes);
        b.PrimitiveCollection(x => x.Areas);
        b.PrimitiveCollection(x => x.Targets);
        b.HasIndex(x => new { x.PartnershipId, x.IsActive });
    }
}

internal sealed class EventFollowUpConfiguration : IEntityTypeConfiguration<EventFollowUp>
{
    public void Configure(EntityTypeBuilder<EventFollowUp> b)
    {
        b.ToTable("events_follow_ups");
        b.Property(x => x.Text).HasMaxLength(EventLimits.FollowUp);
        b.HasIndex(x => new { x.EventId, x.At });
    }
}
