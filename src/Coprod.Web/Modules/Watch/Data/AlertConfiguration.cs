using Coprod.Web.Modules.Watch.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Coprod.Web.Modules.Watch.Data;

internal sealed class AlertRuleConfiguration : IEntityTypeConfiguration<AlertRule>
{
    public void Configure(EntityTypeBuilder<AlertRule> b)
    {
        b.ToTable("watch_alert_rules");
        b.Property(x => x.Name).HasMaxLength(AlertLimits.RuleName);
        b.Property(x => x.CategoryCode).HasMaxLength(Events.Domain.EventLimits.CategoryCode);
        b.Property(x => x.CommuneInsee).HasMaxLength(5);
        b.HasIndex(x => new { x.PartnershipId, x.IsActive });
        b.Ignore(x => x.SpikeOptions);
    }
}

internal sealed class WatchAlertConfiguration : IEntityTypeConfiguration<WatchAlert>
{
    public void Configure(EntityTypeBuilder<WatchAlert> b)
    {
        b.ToTable("watch_alerts");
        b.Property(x => x.SeriesKey).HasMaxLength(AlertLimits.SeriesKey);
        b.Property(x => x.CommuneInsee).HasMaxLength(5);
        b.Property(x => x.CategoryCode).HasMaxLength(Events.Domain.EventLimits.CategoryCode);
        b.Property(x => x.Outcome).HasMaxLength(AlertLimits.Outcome);
        // One alert per rule × series × period: evaluations on several instances meet here.
        b.HasIndex(x => new { x.RuleId, x.SeriesKey, x.PeriodStart }).IsUnique();
        b.HasIndex(x => new { x.PartnershipId, x.Status, x.PeriodStart });
        b.HasOne<AlertRule>().WithMany().HasForeignKey(x => x.RuleId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Mobilised).WithOne().HasForeignKey(m => m.AlertId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Checklist).WithOne().HasForeignKey(c => c.AlertId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Log).WithOne().HasForeignKey(l => l.AlertId).OnDelete(DeleteBehavior.Cascade);
        b.Ignore(x => x.Assessment);
    }
}

internal sealed class AlertMobilisationConfiguration : IEntityTypeConfiguration<AlertMobilisation>
{
    public void Configure(EntityTypeBuilder<AlertMobilisation> b)
    {
        b.ToTable("watch_alert_mobilised");
        b.Property(x => x.Role).HasMaxLength(AlertLimits.Role);
        b.HasIndex(x => x.InstitutionId);
        b.HasIndex(x => x.MembershipId);
        b.HasIndex(x => x.PersonId);
    }
}

internal sealed class AlertChecklistItemConfiguration : IEntityTypeConfiguration<AlertChecklistItem>
{
    public void Configure(EntityTypeBuilder<AlertChecklistItem> b)
    {
        b.ToTable("watch_alert_checklist");
        b.Property(x => x.Text).HasMaxLength(AlertLimits.Text);
    }
}

internal sealed class AlertLogEntryConfiguration : IEntityTypeConfiguration<AlertLogEntry>
{
    public void Configure(EntityTypeBuilder<AlertLogEntry> b)
    {
        b.ToTable("watch_alert_log");
        b.Property(x => x.Text).HasMaxLength(AlertLimits.Text);
        b.HasIndex(x => new { x.AlertId, x.At });
    }
}
