using Coprod.Web.Modules.Contract.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Coprod.Web.Modules.Contract.Data;

internal sealed class LocalContractConfiguration : IEntityTypeConfiguration<LocalContract>
{
    public void Configure(EntityTypeBuilder<LocalContract> b)
    {
        b.ToTable("cls_contracts");
        b.Property(x => x.Title).HasMaxLength(ContractLimits.Title);
        b.Property(x => x.DiagnosticReference).HasMaxLength(ContractLimits.Reference);
        b.HasIndex(x => x.PartnershipId);
        b.HasMany(x => x.Signatories).WithOne().HasForeignKey(s => s.ContractId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Priorities).WithOne().HasForeignKey(p => p.ContractId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ContractSignatoryConfiguration : IEntityTypeConfiguration<ContractSignatory>
{
    public void Configure(EntityTypeBuilder<ContractSignatory> b)
    {
        b.ToTable("cls_signatories");
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Label).HasMaxLength(ContractLimits.Label);
    }
}

internal sealed class ContractPriorityConfiguration : IEntityTypeConfiguration<ContractPriority>
{
    public void Configure(EntityTypeBuilder<ContractPriority> b)
    {
        b.ToTable("cls_priorities");
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Title).HasMaxLength(ContractLimits.Title);
        b.Property(x => x.Description).HasMaxLength(ContractLimits.LongText);
        b.PrimitiveCollection(x => x.Tags);
    }
}

internal sealed class ContractVersionConfiguration : IEntityTypeConfiguration<ContractVersion>
{
    public void Configure(EntityTypeBuilder<ContractVersion> b)
    {
        b.ToTable("cls_contract_versions");
        b.HasIndex(x => new { x.ContractId, x.Number }).IsUnique();
        b.HasOne<LocalContract>().WithMany().HasForeignKey(x => x.ContractId).OnDelete(DeleteBehavior.Cascade);
    }
}
