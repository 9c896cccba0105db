namespace Coprod.Web.Modules.Events.Domain;

/// <summary>Why an institution received an event, as the simulation and the deliveries show it.</summary>
public enum DeliveryReason
{
    /// <summary>It is a target of a rule the event matches.</summary>
    Target = 1,

    /// <summary>A target was absent (outside its presence) and this institution was on call on the place.</summary>
    OnCall = 2,

    /// <summary>A target was absent and nobody was on call: the target gets it anyway, to act on it when back.</summary>
    NobodyOnCall = 3,
}
