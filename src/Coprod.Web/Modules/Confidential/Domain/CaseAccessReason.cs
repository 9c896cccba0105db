namespace Coprod.Web.Modules.Confidential.Domain;

/// <summary>
/// The reason a member gave to open an archived case (CONF-6), stored encrypted and destroyed with
/// the case; the audit record of the read points to it, and the case's access log shows it.
/// </summary>
public sealed class CaseAccessReason
{
    public Guid Id { get; set; }
    public Guid CaseId { get; set; }
    public Guid UserId { get; set; }
    public DateTimeOffset At { get; set; }
    public string SealedReason { get; set; } = "";
}

/// <summary>
/// A disclosure to the mayor beyond « coordination is needed, X coordinates » in a L121-6-2
/// coordination: only with a « strictly necessary » justification, both sealed, logged, and
/// readable by the mayor it is addressed to and by the coordination's members.
/// </summary>
public sealed class Disclosure
{
    public Guid Id { get; set; }
    public Guid CaseId { get; set; }
    public Guid ToUserId { get; set; }
    public Guid ByUserId { get; set; }
    public DateTimeOffset At { get; set; }

    /// <summary>A sealed <see cref="DisclosureContent"/>.</summary>
    public string SealedContent { get; set; } = "";
}

/// <summary>What was disclosed and why it is strictly necessary.</summary>
public sealed record DisclosureContent(string Text, string Justification);
