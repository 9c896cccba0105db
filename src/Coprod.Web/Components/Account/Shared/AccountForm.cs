using Microsoft.AspNetCore.Components.Forms;
using Microsoft.AspNetCore.Identity;

namespace Coprod.Web.Components.Account.Shared;

/// <summary>
/// The edit context of an account form, plus the errors only the server can find (wrong
/// password, expired link). They show next to their field and in the form's summary, like
/// validation messages.
/// </summary>
public sealed class AccountForm
{
    private readonly ValidationMessageStore _errors;

    public AccountForm(object model)
    {
        Context = new EditContext(model);
        _errors = new ValidationMessageStore(Context);
    }

    public EditContext Context { get; }

    /// <summary>An error about the whole form: shown in the summary only.</summary>
    public void Fail(string message) => Fail(string.Empty, message);

    /// <summary>An error about one field of the model.</summary>
    public void Fail(string field, string message)
    {
        _errors.Add(new FieldIdentifier(Context.Model, field), message);
        Context.NotifyValidationStateChanged();
    }

    /// <summary>Identity's errors: those about the password rules go to <paramref name="passwordField"/>, the others to the form.</summary>
    public void Fail(IdentityResult result, string passwordField)
    {
        foreach (var error in result.Errors)
        {
            Fail(error.Code.StartsWith("PasswordRequires", StringComparison.Ordinal) || error.Code == nameof(IdentityErrorDescriber.PasswordTooShort)
                ? passwordField : string.Empty, error.Description);
        }
    }
}
