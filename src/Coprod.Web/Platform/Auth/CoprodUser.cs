using Microsoft.AspNetCore.Identity;

namespace Coprod.Web.Platform.Auth;

/// <summary>An account. What a person may do in a partnership comes from memberships, not from here.</summary>
public sealed class CoprodUser : IdentityUser<Guid>
{
    public string DisplayName { get; set; } = "";

    /// <summary>Platform-level role, outside any partnership.</summary>
    public PlatformRole PlatformRole { get; set; }

    /// <summary>For <see cref="PlatformRole.Departement"/>: the INSEE code of the département read in aggregate.</summary>
    public string? DepartementCode { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>Roles that are not held in a partnership.</summary>
public enum PlatformRole
{
    None = 0,

    /// <summary>Platform operator: tenants and accounts, never partnership content by default.</summary>
    Admin = 1,

    /// <summary>CDPD / prefecture staff: aggregated read across the partnerships of one département.</summary>
    Departement = 2,
}
