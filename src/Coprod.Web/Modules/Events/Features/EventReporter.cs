using Coprod.Web.Modules.Events.Domain;

namespace Coprod.Web.Modules.Events.Features;

/// <summary>
/// Who sends events: a member of the partnership on behalf of an institution, or a partner's
/// system with its institution's API key. <see cref="Scope"/> names the sender for idempotency keys.
/// </summary>
public sealed record EventReporter(Guid InstitutionId, Guid? UserId, Guid? ApiKeyId, EventSource Source)
{
    public string Scope => ApiKeyId is { } key ? $"key:{key}" : $"user:{UserId}";
}
