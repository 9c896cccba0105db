using Coprod.Web.Modules.Confidential.Domain;
using Coprod.Web.Modules.Confidential.Features.Cases;

namespace Coprod.Web.Modules.Confidential.Pages.Cases;

/// <summary>A case's record as typed in the open and edit forms: the persons, the situation, the origin and the referent.</summary>
public sealed class CaseRecordModel
{
    /// <summary>A person as typed; the birth date is the date field's text (yyyy-MM-dd).</summary>
    public sealed class PersonRow(PersonRole role)
    {
        public PersonRole Role { get; } = role;
        public string? LastName { get; set; }
        public string? FirstName { get; set; }
        public string? BirthDate { get; set; }
        public string? Address { get; set; }
    }

    public List<PersonRow> Persons { get; } = [new(PersonRole.Followed)];
    public SchoolOrWork Situation { get; set; } = SchoolOrWork.Unknown;
    public string? SituationDetail { get; set; }
    public CaseOrigin? Origin { get; set; }
    public Guid? ReferentUserId { get; set; }

    /// <summary>The form filled with the case as it is now.</summary>
    public static CaseRecordModel From(CaseDto c)
    {
        var model = new CaseRecordModel { Situation = c.Record.Situation, SituationDetail = c.Record.SituationDetail, Origin = c.Origin, ReferentUserId = c.ReferentUserId };
        model.Persons.Clear();
        model.Persons.AddRange(c.Record.Persons.OrderBy(p => p.Role).Select(p => new PersonRow(p.Role)
        {
            LastName = p.LastName,
            FirstName = p.FirstName,
            BirthDate = p.BirthDate is { } born ? CaseUrl.Input(born) : null,
            Address = p.Address,
        }));
        return model;
    }

    public IReadOnlyList<PersonInput?> PersonInputs() =>
        Persons.Select(p => (PersonInput?)new PersonInput(p.Role, p.LastName, p.FirstName, CaseUrl.Date(p.BirthDate), p.Address)).ToList();
}
