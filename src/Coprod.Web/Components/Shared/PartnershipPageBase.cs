using Coprod.Web.Platform.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace Coprod.Web.Components.Shared;

/// <summary>
/// Base of every page under <c>/p/{PartnershipId}</c>: checks the page's policy against the
/// partnership server-side before anything is loaded, exactly as the API route groups do.
/// </summary>
public abstract class PartnershipPageBase : ComponentBase
{
    [Parameter] public Guid PartnershipId { get; set; }

    [CascadingParameter] protected Task<AuthenticationState> AuthState { get; set; } = default!;

    [Inject] protected IAuthorizationService Authorization { get; set; } = default!;

    /// <summary>The policy a person must satisfy in this partnership to see the page.</summary>
    protected virtual string Policy => CoprodPolicies.PartnershipMember;

    /// <summary>null while checking, then whether the page may be shown.</summary>
    protected bool? Allowed { get; private set; }

    protected Guid UserId { get; private set; }

    protected override async Task OnParametersSetAsync()
    {
        var user = (await AuthState).User;
        UserId = user.GetUserId() ?? Guid.Empty;
        Allowed = (await Authorization.AuthorizeAsync(user, PartnershipId, Policy)).Succeeded;
        if (Allowed == true)
        {
            await LoadAsync();
        }
    }

    /// <summary>Whether the signed-in person also satisfies <paramref name="policy"/> here.</summary>
    protected async Task<bool> CanAsync(string policy) =>
        (await Authorization.AuthorizeAsync((await AuthState).User, PartnershipId, policy)).Succeeded;

    protected abstract Task LoadAsync();
}
