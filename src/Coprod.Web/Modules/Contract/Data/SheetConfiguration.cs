using Coprod.Web.Modules.Contract.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Coprod.Web.Modules.Contract.Data;

internal sealed class ActionSheetConfiguration : IEntityTypeConfiguration<ActionSheet>
{
    public void Configure(EntityTypeBuilder<ActionSheet> b)
    {
        b.ToTable("cls_sheets");
        b.Property(x => x.Title).HasMaxLength(ContractLimits.Title);
        b.Property(x => x.Objective).HasMaxLength(ContractLimits.LongText);
        b.Property(x => x.TargetPublic).HasMaxLength(ContractLimits.Label);
        b.Property(x => x.Content).HasMaxLength(ContractLimits.Content);
        b.Property(x => x.Cost).HasPrecision(14, 2);
        b.PrimitiveCollection(x => x.Communes);
        b.PrimitiveCollection(x => x.AreaIds);
        b.PrimitiveCollection(x => x.CoPartnerIds);
        b.PrimitiveCollection(x => x.Tags);
        b.HasIndex(x => new { x.ContractId, x.Number }).IsUnique();
        b.HasIndex(x => x.PartnershipId);
        b.HasOne<LocalContract>().WithMany().HasForeignKey(x => x.ContractId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<ContractPriority>().WithMany().HasForeignKey(x => x.PriorityId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Milestones).WithOne().HasForeignKey(m => m.SheetId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Funding).WithOne().HasForeignKey(f => f.SheetId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Indicators).WithOne().HasForeignKey(i => i.SheetId).OnDelete(DeleteBehavior.Cascade);
        b.Ignore(x => x.IsSingleInstitution);
    }
}

internal sealed class SheetMilestoneConfiguration : IEntityTypeConfiguration<SheetMilestone>
{
    public void Configure(EntityTypeBuilder<SheetMilestone> b)
    {
        b.ToTable("cls_milestones");
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Label).HasMaxLength(ContractLimits.Label);
    }
}

internal sealed class SheetFundingConfiguration : IEntityTypeConfiguration<SheetFunding>
{
    public void Configure(EntityTypeBuilder<SheetFunding> b)
    {
        b.ToTable("cls_funding");
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Funder).HasMaxLength(ContractLimits.Label);
        b.Property(x => x.Amount).HasPrecision(14, 2);
    }
}

internal sealed class SheetIndicatorConfiguration : IEntityTypeConfiguration<SheetIndicator>
{
    public void Configure(EntityTypeBuilder<SheetIndicator> b)
    {
        b.ToTable("cls_indicators");
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Name).HasMaxLength(ContractLimits.Label);
        b.Property(x => x.Unit).HasMaxLength(ContractLimits.Unit);
        b.Property(x => x.Source).HasMaxLength(ContractLimits.Label);
        b.Property(x => x.EventCategoryCode).HasMaxLength(50);
        b.Property(x => x.Baseline).HasPrecision(18, 4);
        b.Property(x => x.Target).HasPrecision(18, 4);
        b.Ignore(x => x.Decreasing);
    }
}

internal sealed class IndicatorValueConfiguration : IEntityTypeConfiguration<IndicatorValue>
{
    public void Configure(EntityTypeBuilder<IndicatorValue> b)
    {
        b.ToTable("cls_indicator_values");
        b.Property(x => x.Value).HasPrecision(18, 4);
        b.Property(x => x.Source).HasMaxLength(ContractLimits.Label);
        b.Property(x => x.Comment).HasMaxLength(ContractLimits.Label);
        b.HasIndex(x => new { x.IndicatorId, x.PeriodEnd });
        b.HasIndex(x => x.PartnershipId);
        b.HasOne<SheetIndicator>().WithMany().HasForeignKey(x => x.IndicatorId).OnDelete(DeleteBehavior.Cascade);
    }
}
