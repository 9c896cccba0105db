namespace Coprod.Web.Modules.Confidential.Domain;

/// <summary>
/// The two legal channels for sharing information about people, never merged: a case, a member or
/// a charter belongs to one group of one channel, and nothing moves from one to the other.
/// Numbers are stored: never renumber.
/// </summary>
public enum SharingChannel
{
    /// <summary>
    /// A CLSPD working group for exchanging information (code de la sécurité intérieure, L132-5):
    /// confidential information is exchanged within the group and never passed to third parties.
    /// </summary>
    WorkingGroup = 1,

    /// <summary>
    /// The « secret partagé » of social-action professionals around one person or family, with a
    /// designated coordinator (code de l'action sociale et des familles, L121-6-2): the mayor learns
    /// only that coordination is needed and who coordinates.
    /// </summary>
    SharedSecret = 2,
}

/// <summary>Numbers are stored: never renumber.</summary>
public enum GroupStatus
{
    Active = 1,
    Closed = 2,
}
