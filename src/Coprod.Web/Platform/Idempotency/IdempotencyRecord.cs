namespace Coprod.Web.Platform.Idempotency;

/// <summary>
/// The remembered outcome of a request sent with an <c>Idempotency-Key</c> header (REL-1, EVT-4):
/// saved in the same transaction as what the request created, so a retry after a lost answer, a
/// crash or a restart returns the original result and never creates a duplicate.
/// </summary>
public sealed class IdempotencyRecord
{
    public Guid Id { get; set; }
    public Guid PartnershipId { get; set; }

    /// <summary>Who sent it: <c>user:{id}</c> or <c>key:{id}</c>; two clients may use the same key.</summary>
    public string Scope { get; set; } = "";

    /// <summary>The client's key, as sent.</summary>
    public string Key { get; set; } = "";

    /// <summary>The operation, so a key reused on another route is refused rather than confused.</summary>
    public string Operation { get; set; } = "";

    /// <summary>SHA-256 of the request body: the same key with another body is a client error.</summary>
    public string RequestHash { get; set; } = "";

    public int StatusCode { get; set; }

    /// <summary>The response body, as JSON.</summary>
    public string Response { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }
}
