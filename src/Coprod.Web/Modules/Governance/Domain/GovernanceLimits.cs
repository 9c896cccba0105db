namespace Coprod.Web.Modules.Governance.Domain;

/// <summary>Maximum lengths of the module's texts, shared by the validators and the database.</summary>
public static class GovernanceLimits
{
    public const int Name = 200;
    public const int LongText = 2000;
    public const int LegalBasis = 500;
    public const int Place = 300;
    public const int AgendaItem = 1000;
    public const int AgendaItems = 50;
    public const int RepresentedBy = 200;
    public const int Minutes = 65_536;
    public const int Members = 100;
    public const int Invitees = 200;
    public const int DecisionText = 2000;
    public const int FollowUp = 1000;

    /// <summary>The largest document a meeting accepts (10 Mio).</summary>
    public const int DocumentBytes = 10 * 1024 * 1024;

    /// <summary>The largest upload request: the document plus the form's other fields and boundaries.</summary>
    public const int DocumentRequestBytes = DocumentBytes + 64 * 1024;

    public const int DocumentsPerMeeting = 30;
    public const int FileName = 200;
}
