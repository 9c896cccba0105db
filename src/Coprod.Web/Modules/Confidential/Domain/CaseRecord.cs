namespace Coprod.Web.Modules.Confidential.Domain;

/// <summary>
/// The structured record of a case after the CNIL reference (CONF-2), stored encrypted: the person
/// followed and their legal representatives, the schooling or work situation. Free text is not
/// part of it.
/// </summary>
public sealed record CaseRecord(IReadOnlyList<CasePerson> Persons, SchoolOrWork Situation, string? SituationDetail);

/// <summary>A person of the case: the one followed (exactly one per case) or a legal representative.</summary>
public sealed record CasePerson(PersonRole Role, string LastName, string FirstName, DateOnly? BirthDate, string? Address);

/// <summary>Numbers are stored (inside the sealed record): never renumber.</summary>
public enum PersonRole
{
    Followed = 1,
    LegalRepresentative = 2,
}

/// <summary>Schooling or work situation of the person followed. Numbers are stored: never renumber.</summary>
public enum SchoolOrWork
{
    Unknown = 0,
    PrimarySchool = 1,
    MiddleSchool = 2,
    HighSchool = 3,
    Apprenticeship = 4,
    DroppedOut = 5,
    Excluded = 6,
    Training = 7,
    Employed = 8,
    JobSeeker = 9,
}
