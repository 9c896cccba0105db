using Coprod.Web.Modules.Governance.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Coprod.Web.Modules.Governance.Data;

internal sealed class MeetingDocumentConfiguration : IEntityTypeConfiguration<MeetingDocument>
{
    public void Configure(EntityTypeBuilder<MeetingDocument> b)
    {
        b.ToTable("gov_meeting_documents");
        b.Property(x => x.Title).HasMaxLength(GovernanceLimits.Name);
        b.Property(x => x.FileName).HasMaxLength(GovernanceLimits.FileName);
        b.Property(x => x.ContentType).HasMaxLength(100);
        b.Property(x => x.Sha256).HasMaxLength(64);
        b.HasOne<Meeting>().WithMany().HasForeignKey(x => x.MeetingId).OnDelete(DeleteBehavior.Cascade);
    }
}

/// <summary>The bytes in their own table: a list of documents reads <c>gov_meeting_documents</c> only.</summary>
internal sealed class MeetingDocumentContentConfiguration : IEntityTypeConfiguration<MeetingDocumentContent>
{
    public void Configure(EntityTypeBuilder<MeetingDocumentContent> b)
    {
        b.ToTable("gov_meeting_document_contents");
        b.HasKey(x => x.DocumentId);
        b.HasOne<MeetingDocument>().WithOne().HasForeignKey<MeetingDocumentContent>(x => x.DocumentId).OnDelete(DeleteBehavior.Cascade);
    }
}
