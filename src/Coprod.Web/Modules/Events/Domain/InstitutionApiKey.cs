namespace Coprod.Web.Modules.Events.Domain;

/// <summary>
/// A key that lets one institution's own system send events to one partnership (EVT-4), issued
/// and revoked by the coordinator. Only the SHA-256 hash of the secret is kept: the secret is
/// shown once, when the key is created, and can never be read again. A revoked key is refused
/// on its next request.
/// </summary>
public sealed class InstitutionApiKey
{
    public Guid Id { get; set; }
    public Guid PartnershipId { get; set; }

    /// <summary>The institution whose events the key reports.</summary>
    public Guid InstitutionId { get; set; }

    /// <summary>What the coordinator calls it (e.g. « Main courante PM 2026 »).</summary>
    public string Name { get; set; } = "";

    /// <summary>The first characters of the secret, shown to tell keys apart; not secret, not unique.</summary>
    public string Prefix { get; set; } = "";

    /// <summary>SHA-256 of the secret, lower-case hex: the only form in which the secret is stored.</summary>
    public string SecretHash { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }
    public Guid CreatedBy { get; set; }

    /// <summary>When the key last authenticated a request, to the minute (not updated more often).</summary>
    public DateTimeOffset? LastUsedAt { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }
    public Guid? RevokedBy { get; set; }

    public bool IsRevoked => RevokedAt is not null;
}
