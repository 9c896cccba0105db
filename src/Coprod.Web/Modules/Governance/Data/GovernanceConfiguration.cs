using Coprod.Web.Modules.Governance.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Coprod.Web.Modules.Governance.Data;

internal sealed class BodyConfiguration : IEntityTypeConfiguration<Body>
{
    public void Configure(EntityTypeBuilder<Body> b)
    {
        b.ToTable("gov_bodies");
        b.Property(x => x.Name).HasMaxLength(GovernanceLimits.Name);
        b.Property(x => x.Purpose).HasMaxLength(GovernanceLimits.LongText);
        b.Property(x => x.Scope).HasMaxLength(GovernanceLimits.LongText);
        b.HasIndex(x => x.PartnershipId);
        b.HasMany(x => x.Members).WithOne().HasForeignKey(m => m.BodyId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class BodyMemberConfiguration : IEntityTypeConfiguration<BodyMember>
{
    public void Configure(EntityTypeBuilder<BodyMember> b)
    {
        b.ToTable("gov_body_members");
        b.Property(x => x.LegalBasis).HasMaxLength(GovernanceLimits.LegalBasis);
    }
}

internal sealed class MeetingConfiguration : IEntityTypeConfiguration<Meeting>
{
    public void Configure(EntityTypeBuilder<Meeting> b)
    {
        b.ToTable("gov_meetings");
        b.Property(x => x.Title).HasMaxLength(GovernanceLimits.Name);
        b.Property(x => x.Place).HasMaxLength(GovernanceLimits.Place);
        b.Property(x => x.Minutes).HasMaxLength(GovernanceLimits.Minutes);
        b.HasIndex(x => new { x.PartnershipId, x.BodyId });
        b.HasOne<Body>().WithMany().HasForeignKey(x => x.BodyId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Agenda).WithOne().HasForeignKey(a => a.MeetingId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Invitees).WithOne().HasForeignKey(i => i.MeetingId).OnDelete(DeleteBehavior.Cascade);
        b.Ignore(x => x.IsCancelled);
    }
}

internal sealed class AgendaItemConfiguration : IEntityTypeConfiguration<AgendaItem>
{
    public void Configure(EntityTypeBuilder<AgendaItem> b)
    {
        b.ToTable("gov_agenda_items");
        b.Property(x => x.Text).HasMaxLength(GovernanceLimits.AgendaItem);
        b.Property(x => x.Key).HasMaxLength(50);
    }
}

internal sealed class InviteeConfiguration : IEntityTypeConfiguration<Invitee>
{
    public void Configure(EntityTypeBuilder<Invitee> b)
    {
        b.ToTable("gov_invitees");
        b.Property(x => x.RepresentedBy).HasMaxLength(GovernanceLimits.RepresentedBy);
    }
}

internal sealed class ConvocationRequestConfiguration : IEntityTypeConfiguration<ConvocationRequest>
{
    public void Configure(EntityTypeBuilder<ConvocationRequest> b)
    {
        b.ToTable("gov_convocation_requests");
        b.HasIndex(x => new { x.PartnershipId, x.BodyId });
        b.HasOne<Body>().WithMany().HasForeignKey(x => x.BodyId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class DecisionConfiguration : IEntityTypeConfiguration<Decision>
{
    public void Configure(EntityTypeBuilder<Decision> b)
    {
        b.ToTable("gov_decisions");
        b.Property(x => x.Text).HasMaxLength(GovernanceLimits.DecisionText);
        b.Property(x => x.FollowUp).HasMaxLength(GovernanceLimits.FollowUp);
        b.PrimitiveCollection(x => x.Communes);
        b.HasIndex(x => new { x.PartnershipId, x.BodyId });
        b.HasIndex(x => x.MeetingId);
        b.HasIndex(x => x.OwnerPersonId);
        b.HasOne<Meeting>().WithMany().HasForeignKey(x => x.MeetingId).OnDelete(DeleteBehavior.Cascade);
        b.Ignore(x => x.IsClosed);
    }
}

internal sealed class DecisionDigestConfiguration : IEntityTypeConfiguration<DecisionDigest>
{
    public void Configure(EntityTypeBuilder<DecisionDigest> b)
    {
        b.ToTable("gov_decision_digests");
        b.Property(x => x.Subject).HasMaxLength(GovernanceLimits.Name);
        b.Property(x => x.Text).HasMaxLength(GovernanceLimits.Minutes);
        b.HasIndex(x => new { x.PartnershipId, x.MeetingId });
        b.HasOne<Meeting>().WithMany().HasForeignKey(x => x.MeetingId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Recipients).WithOne().HasForeignKey(r => r.DigestId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class DigestRecipientConfiguration : IEntityTypeConfiguration<DigestRecipient>
{
    public void Configure(EntityTypeBuilder<DigestRecipient> b)
    {
        b.ToTable("gov_digest_recipients");
        b.Property(x => x.Email).HasMaxLength(320);
        b.HasIndex(x => new { x.DigestId, x.UserId }).IsUnique();
        b.HasIndex(x => x.UserId);
    }
}
