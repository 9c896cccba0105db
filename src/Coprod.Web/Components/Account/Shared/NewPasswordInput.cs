using System.ComponentModel.DataAnnotations;

namespace Coprod.Web.Components.Account.Shared;

/// <summary>A new password typed twice; the rules themselves (length, characters) are Identity's.</summary>
public class NewPasswordInput
{
    [Required(ErrorMessageResourceType = typeof(AccountText), ErrorMessageResourceName = nameof(AccountText.Validation_NewPasswordRequired))]
    public string NewPassword { get; set; } = "";

    [Compare(nameof(NewPassword), ErrorMessageResourceType = typeof(AccountText), ErrorMessageResourceName = nameof(AccountText.Validation_ConfirmationMismatch))]
    public string Confirmation { get; set; } = "";
}
