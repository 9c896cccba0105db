namespace Coprod.Web.Modules.Watch.Domain;

/// <summary>Where an alert stands (VEI-2): raised, handled by a watch procedure, closed. Numbers are stored: never renumber.</summary>
public enum AlertStatus
{
    /// <summary>Raised by a rule; nobody has opened the procedure yet.</summary>
    Open = 1,

    /// <summary>The watch procedure is open: people mobilised, checklist, log, urgent meeting.</summary>
    InProcedure = 2,

    /// <summary>Closed with an outcome; the evaluation never reopens it for the same period.</summary>
    Closed = 3,
}
