namespace Coprod.Web.Modules.Events.Domain;

/// <summary>How serious an event is, as the reporter judges it; routing rules use it as a minimum.</summary>
public enum EventSeverity
{
    /// <summary>Worth knowing, no action expected.</summary>
    Faible = 1,

    /// <summary>Needs a partner's attention in the coming days.</summary>
    Moyenne = 2,

    /// <summary>Needs action today.</summary>
    Grave = 3,

    /// <summary>Needs action now (people at risk, fire, violence in progress).</summary>
    TresGrave = 4,
}

/// <summary>Where an event came from.</summary>
public enum EventSource
{
    /// <summary>Reported by a person through the interface or the API with a user token.</summary>
    User = 1,

    /// <summary>Sent by a partner's system with an institution API key (EVT-4).</summary>
    ApiKey = 2,

    /// <summary>Imported from a CSV file.</summary>
    Import = 3,
}
