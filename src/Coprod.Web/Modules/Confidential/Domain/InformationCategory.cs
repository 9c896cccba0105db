namespace Coprod.Web.Modules.Confidential.Domain;

/// <summary>
/// The categories of information a case entry may carry, after the CNIL's reference for these
/// files (délibération 2014-262, « AU-038 »). A group's charter allows some of them; an entry in
/// another category is refused. Numbers are stored: never renumber.
/// </summary>
public enum InformationCategory
{
    Identity = 1,
    FamilySituation = 2,
    Schooling = 3,
    WorkOrTraining = 4,
    Housing = 5,
    SocialDifficulties = 6,
    SupportActions = 7,

    /// <summary>Sensitive: each entry needs a justification.</summary>
    Health = 20,

    /// <summary>Offences and judicial measures: each entry needs a justification.</summary>
    Offences = 21,
}

/// <summary>Which categories are sensitive (health, offences): optional, and only with a justification.</summary>
public static class InformationCategories
{
    public static readonly IReadOnlyList<InformationCategory> All = Enum.GetValues<InformationCategory>();

    public static bool IsSensitive(this InformationCategory category) =>
        category is InformationCategory.Health or InformationCategory.Offences;
}
