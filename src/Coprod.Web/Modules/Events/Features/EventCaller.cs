using System.Security.Claims;
using Coprod.Web.Platform.Auth;
using Coprod.Web.Platform.Auth.ApiKeys;

namespace Coprod.Web.Modules.Events.Features;

/// <summary>Who calls an ingest route: a signed-in member, or a partner's system with its institution's API key.</summary>
public sealed record EventCaller(Guid? UserId, ApiKeyIdentity? Key)
{
    public static EventCaller Member(Guid userId) => new(userId, null);

    public static EventCaller ApiKey(ApiKeyIdentity key) => new(null, key);

    /// <summary>The caller of a request that passed the ingest policy: the API key when one signed it in, else the member.</summary>
    public static EventCaller Of(ClaimsPrincipal user) => user.GetApiKey() is { } key ? ApiKey(key) : Member(user.RequireUserId());
}
