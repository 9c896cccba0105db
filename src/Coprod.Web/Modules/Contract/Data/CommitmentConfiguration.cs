using Coprod.Web.Modules.Contract.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Coprod.Web.Modules.Contract.Data;

internal sealed class CommitmentConfiguration : IEntityTypeConfiguration<Commitment>
{
    public void Configure(EntityTypeBuilder<Commitment> b)
    {
        b.ToTable("cls_commitments");
        b.Property(x => x.Text).HasMaxLength(ContractLimits.CommitmentText);
        b.HasIndex(x => new { x.PartnershipId, x.Status, x.DueOn });
        b.HasIndex(x => x.SheetId);
        b.HasMany(x => x.Answers).WithOne().HasForeignKey(a => a.CommitmentId).OnDelete(DeleteBehavior.Cascade);
        b.Ignore(x => x.IsOpen);
        b.Ignore(x => x.KeptOnTime);
    }
}

internal sealed class CommitmentAnswerConfiguration : IEntityTypeConfiguration<CommitmentAnswer>
{
    public void Configure(EntityTypeBuilder<CommitmentAnswer> b)
    {
        b.ToTable("cls_commitment_answers");
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Text).HasMaxLength(ContractLimits.AnswerText);
    }
}

internal sealed class AmendmentConfiguration : IEntityTypeConfiguration<Amendment>
{
    public void Configure(EntityTypeBuilder<Amendment> b)
    {
        b.ToTable("cls_amendments");
        b.Property(x => x.Title).HasMaxLength(ContractLimits.Title);
        b.Property(x => x.Reason).HasMaxLength(ContractLimits.LongText);
        b.HasIndex(x => new { x.ContractId, x.Number }).IsUnique();
        b.HasOne<LocalContract>().WithMany().HasForeignKey(x => x.ContractId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Approvals).WithOne().HasForeignKey(a => a.AmendmentId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AmendmentApprovalConfiguration : IEntityTypeConfiguration<AmendmentApproval>
{
    public void Configure(EntityTypeBuilder<AmendmentApproval> b)
    {
        b.ToTable("cls_amendment_approvals");
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Comment).HasMaxLength(ContractLimits.LongText);
        b.HasIndex(x => new { x.AmendmentId, x.SignatoryId }).IsUnique();
    }
}
