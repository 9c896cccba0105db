using Coprod.Web.Modules.Confidential;
using Coprod.Web.Modules.Confidential.Domain;
using Coprod.Web.Modules.Confidential.Features.Cases;
using Coprod.Web.Platform.Problems;

namespace Coprod.UnitTests.Modules.Confidential;

/// <summary>CONF-2, CONF-6: the record typed in a form, the reference and the destruction date of a case.</summary>
public sealed class CaseRulesTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);
    private static readonly Microsoft.Extensions.Localization.IStringLocalizer<CasesText> T = Localized.In<CasesText>();

    private static PersonInput Followed(DateOnly? born) => new(PersonRole.Followed, "Martin", "Léa", born, null);

    [Theory]
    [InlineData("Groupe opérationnel mineurs", "GOM")]
    [InlineData("Groupe de suivi des décrocheurs", "GSD")]
    [InlineData("Coordination L121-6-2", "CL")]
    [InlineData("  ", "CAS")]
    [InlineData("Écoute et accompagnement", "EA")]
    public void Initials_TakeTheFirstLetterOfEachMeaningfulWord(string name, string expected) => Assert.Equal(expected, CaseRules.Initials(name));

    [Fact]
    public void NextReference_FollowsTheHighestNumberOfTheYear()
    {
        Assert.Equal("GOM-2026-001", CaseRules.NextReference("GOM-2026-", []));
        Assert.Equal("GOM-2026-013", CaseRules.NextReference("GOM-2026-", ["GOM-2026-002", "GOM-2026-012", "GOM-2026-007"]));
    }

    [Fact]
    public void DestroyBy_IsTheFirstDayOfTheMonthOfThe25thBirthday()
    {
        var record = new CaseRecord([new CasePerson(PersonRole.Followed, "Martin", "Léa", new DateOnly(2011, 3, 14), null)], SchoolOrWork.MiddleSchool, null);
        Assert.Equal(new DateOnly(2036, 3, 1), CaseRules.DestroyBy(record));
    }

    [Fact]
    public void Record_OfAPersonWho_Is25_IsRefused_AndOneDayYounger_IsKept()
    {
        var v = new Validation();
        Assert.Null(CaseRules.Record(v, [Followed(Today.AddYears(-25))], null, null, Today, T));
        Assert.Contains("25 ans", v.Errors["persons[0].birthDate"][0]);
        var kept = CaseRules.Record(new Validation(), [Followed(Today.AddYears(-25).AddDays(1))], null, null, Today, T);
        Assert.NotNull(kept);
        Assert.Equal(SchoolOrWork.Unknown, kept.Situation);
    }

    [Fact]
    public void Record_PutsTheFollowedPersonFirst_AndTrimsTheTexts()
    {
        var record = CaseRules.Record(new Validation(),
            [new PersonInput(PersonRole.LegalRepresentative, " Martin ", "Sandrine", null, "  "), Followed(new DateOnly(2012, 1, 1))], SchoolOrWork.HighSchool, "  ", Today, T);
        Assert.NotNull(record);
        Assert.Equal(PersonRole.Followed, record.Persons[0].Role);
        Assert.Equal("Martin", record.Persons[1].LastName);
        Assert.Null(record.Persons[1].Address);
        Assert.Null(record.SituationDetail);
    }

    [Fact]
    public void Record_WithoutExactlyOneFollowedPerson_IsRefused()
    {
        var none = new Validation();
        Assert.Null(CaseRules.Record(none, [], null, null, Today, T));
        Assert.True(none.Errors.ContainsKey("persons"));
        var two = new Validation();
        Assert.Null(CaseRules.Record(two, [Followed(new DateOnly(2012, 1, 1)), Followed(new DateOnly(2013, 1, 1))], null, null, Today, T));
        Assert.True(two.Errors.ContainsKey("persons"));
    }
}
