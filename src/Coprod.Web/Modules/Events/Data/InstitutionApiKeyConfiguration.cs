using Coprod.Web.Modules.Directory.Domain;
using Coprod.Web.Modules.Events.Domain;
using Coprod.Web.Platform.Auth.ApiKeys;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Coprod.Web.Modules.Events.Data;

internal sealed class InstitutionApiKeyConfiguration : IEntityTypeConfiguration<InstitutionApiKey>
{
    public void Configure(EntityTypeBuilder<InstitutionApiKey> b)
    {
        b.ToTable("events_api_keys");
        b.Property(x => x.Name).HasMaxLength(EventLimits.ApiKeyName);
        b.Property(x => x.Prefix).HasMaxLength(ApiKeySecret.PrefixLength);
        b.Property(x => x.SecretHash).HasMaxLength(64);
        b.Ignore(x => x.IsRevoked);
        // Every ingest request finds its key by the hash of the secret it sends.
        b.HasIndex(x => x.SecretHash).IsUnique();
        b.HasIndex(x => x.PartnershipId);
        b.HasOne<Institution>().WithMany().HasForeignKey(x => x.InstitutionId).OnDelete(DeleteBehavior.Restrict);
    }
}
