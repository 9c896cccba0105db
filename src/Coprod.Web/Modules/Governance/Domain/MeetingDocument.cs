namespace Coprod.Web.Modules.Governance.Domain;

/// <summary>
/// A document attached to a meeting (GOV-2): convocation, presentation, signed minutes… Its
/// <see cref="Title"/> is anonymous text (PRIV-1); its bytes live apart, in
/// <see cref="MeetingDocumentContent"/>, so that listing documents never loads them.
/// </summary>
public sealed class MeetingDocument
{
    public Guid Id { get; set; }
    public Guid MeetingId { get; set; }
    public Guid PartnershipId { get; set; }
    public string Title { get; set; } = "";

    /// <summary>The name the file had on the uploader's machine, made safe for a download header (<see cref="DocumentFormats.SafeFileName"/>).</summary>
    public string FileName { get; set; } = "";

    /// <summary>The media type recognised from the content, not the one the browser claimed.</summary>
    public string ContentType { get; set; } = "";

    public long Size { get; set; }

    /// <summary>The SHA-256 of the content, 64 lowercase hexadecimal digits.</summary>
    public string Sha256 { get; set; } = "";

    public Guid UploadedBy { get; set; }
    public DateTimeOffset UploadedAt { get; set; }
}

/// <summary>The bytes of a <see cref="MeetingDocument"/>, read only to download it.</summary>
public sealed class MeetingDocumentContent
{
    public Guid DocumentId { get; set; }
    public byte[] Bytes { get; set; } = [];
}
