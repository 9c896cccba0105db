namespace Coprod.Web.Modules.Confidential.Domain;

/// <summary>
/// One version of a group's charter (CONF-2), never rewritten: purpose, the categories of
/// information allowed, the rules every member accepts, how long a closed case stays in the
/// archive, and whether short free-text notes are allowed (off by default). Publishing a new
/// version asks every member to sign again before they read anything.
/// </summary>
public sealed class CharterVersion
{
    public Guid Id { get; set; }
    public Guid GroupId { get; set; }

    /// <summary>1, 2, 3… per group; the highest is in force.</summary>
    public int Number { get; set; }

    public string Purpose { get; set; } = "";
    public List<InformationCategory> Categories { get; set; } = [];
    public List<string> Rules { get; set; } = [];

    /// <summary>Years a closed case stays in the restricted archive before it is destroyed (3 at most).</summary>
    public int ArchiveYears { get; set; } = ConfidentialLimits.ArchiveYears;

    public bool NotesAllowed { get; set; }
    public Guid PublishedBy { get; set; }
    public DateTimeOffset PublishedAt { get; set; }
}

/// <summary>A member's signature of one charter version: the date and the version are kept (CONF-2).</summary>
public sealed class CharterSignature
{
    public Guid Id { get; set; }
    public Guid GroupId { get; set; }
    public Guid MemberId { get; set; }
    public int VersionNumber { get; set; }
    public DateTimeOffset SignedAt { get; set; }
}
