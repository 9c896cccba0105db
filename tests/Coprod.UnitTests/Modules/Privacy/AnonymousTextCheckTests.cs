using System.Text.Json;
using Coprod.Web.Modules.Privacy;
using Coprod.Web.Modules.Privacy.Domain;
using Coprod.Web.Platform.Audit;
using Microsoft.AspNetCore.Http;

namespace Coprod.UnitTests.Modules.Privacy;

/// <summary>
/// The guard's rules. Person findings are given by hand (<c>Add</c>), so the override rules are
/// checked whatever the person detector finds; phones come from the real scanner.
/// </summary>
public sealed class AnonymousTextCheckTests
{
    private const string Named = "Gymnase Kevin Durand";
    private static readonly Finding Person = new(FindingKind.Person, 8, 12, "Kevin Durand");

    // Built per use: the texts follow the culture of the running test.
    private static AnonymousTextGuard Guard => new(TestScanner.Instance, PrivacyTexts.In());

    private static AnonymousTextCheck PersonName(string? reason) =>
        Guard.Begin(reason is null ? null : new PrivacyOverride(reason)).Add("name", [Person]);

    [Fact]
    public void CleanText_IsAccepted_WithoutAuditRecord()
    {
        var check = Guard.Begin(null).Check("name", "Police municipale d'Échirolles").Check("description", null);
        Assert.True(check.IsAccepted);
        Assert.Empty(check.AuditEntries(null, null, "institution", "1"));
    }

    [Fact]
    public void Phone_IsRefused_With422ListingIt()
    {
        var check = Guard.Begin(null).Check("name", "Police municipale 06 12 34 56 78");

        Assert.False(check.IsAccepted);
        Assert.False(check.IsOverridable);
        var problem = Assert.IsType<HttpValidationProblemDetails>(check.Problem().ProblemDetails);
        Assert.Equal(StatusCodes.Status422UnprocessableEntity, problem.Status);
        Assert.Equal("Ce texte contient des données personnelles", problem.Title);
        Assert.Equal("Retirez-les avant d'enregistrer : name : numéro de téléphone « 06 12 34 56 78 ».", problem.Detail);
        Assert.Equal("Données personnelles à retirer : numéro de téléphone « 06 12 34 56 78 ».", Assert.Single(problem.Errors["name"]));
        var finding = Assert.Single((IReadOnlyList<FieldFinding>)problem.Extensions["findings"]!);
        Assert.Equal(new FieldFinding("name", FindingKind.Phone, 18, 14, "06 12 34 56 78", "numéro de téléphone", PrivacyTexts.In().Advice(FindingKind.Phone)), finding);
    }

    [Fact]
    public void Phone_WithAReason_IsStillRefused_AndSaysItNeverCanBeKept()
    {
        var check = Guard.Begin(new PrivacyOverride("c'est le portable de service")).Check("name", "Gardien 06 12 34 56 78");
        Assert.False(check.IsAccepted);
        Assert.False(check.IsOverridable);
        Assert.Contains("ne peuvent jamais être conservées, même avec une explication : numéro de téléphone", check.Errors["name"][0]);
    }

    [Fact]
    public void PersonAndPhone_WithAReason_IsRefused()
    {
        var check = Guard.Begin(new PrivacyOverride("c'est le nom d'un gymnase"))
            .Add("name", [Person, new Finding(FindingKind.Phone, 22, 14, "06 12 34 56 78")]);
        Assert.False(check.IsAccepted);
        Assert.False(check.IsOverridable);
        Assert.Equal(2, check.Findings.Count);
    }

    [Fact]
    public void PersonOnly_WithoutReason_IsRefusedButOverridable()
    {
        var check = PersonName(null);
        Assert.False(check.IsAccepted);
        Assert.True(check.IsOverridable);
        Assert.Contains("en expliquant pourquoi", check.Errors["name"][0]);
        Assert.Equal(true, check.Problem().ProblemDetails.Extensions["overridable"]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("abcd")]
    public void PersonOnly_WithAnEmptyOrShortReason_IsRefused(string reason)
    {
        var check = PersonName(reason);
        Assert.False(check.IsAccepted);
        Assert.True(check.IsOverridable);
        Assert.Single(check.Errors[AnonymousTextCheck.ReasonField]);
    }

    [Fact]
    public void PersonOnly_WithAReasonOverTheLimit_IsRefused() =>
        Assert.False(PersonName(new string('x', PrivacyOverride.ReasonMaxLength + 1)).IsAccepted);

    [Theory]
    [InlineData("Durand est le nom du gymnase")]
    [InlineData("c'est le gymnase kevin, pas une personne")]
    [InlineData("appeler le 06 12 34 56 78 pour vérifier")]
    public void PersonOnly_WithAReasonCarryingPersonalData_IsRefused(string reason)
    {
        var check = PersonName(reason);
        Assert.False(check.IsAccepted);
        Assert.Contains("journal d'audit", check.Errors[AnonymousTextCheck.ReasonField][0]);
    }

    [Theory]
    [InlineData("salle")]
    [InlineData("c'est le nom d'un gymnase")]
    public void PersonOnly_WithAValidReason_IsAccepted_AndAuditedWithoutTheName(string reason)
    {
        var check = PersonName(" " + reason + " ");

        Assert.True(check.IsAccepted);
        var partnershipId = Guid.NewGuid();
        var actorId = Guid.NewGuid();
        var entry = Assert.Single(check.AuditEntries(partnershipId, actorId, "institution", "42"));
        Assert.Equal((AuditEventType.PersonalDataOverridden, partnershipId, actorId, "institution", "42"),
            (entry.Type, entry.PartnershipId, entry.ActorId, entry.TargetType, entry.TargetId));
        var details = JsonSerializer.Serialize(entry.Details);
        Assert.Equal($$"""{"field":"name","kinds":["person"],"count":1,"reason":"{{reason.Replace("'", "\\u0027")}}"}""", details);
        Assert.DoesNotContain("Kevin", details);
        Assert.DoesNotContain(Named, details);
    }

    [Fact]
    public void Override_IsPerField_AndAuditsEachOverriddenFieldOnItsRecord()
    {
        var check = Guard.Begin(new PrivacyOverride("noms de rues, pas de personnes"))
            .Add("features[0].properties.name", [Person])
            .Check("features[1].properties.name", "Centre")
            .Add("features[2].properties.name", [new Finding(FindingKind.Person, 0, 11, "Jean Jaurès"), new Finding(FindingKind.Person, 14, 12, "Victor Hugo")]);

        Assert.True(check.IsAccepted);
        var entries = check.AuditEntries(null, null, "territory_area", field => field[9].ToString());
        Assert.Equal(["0", "2"], entries.Select(e => e.TargetId));
        Assert.Contains("\"count\":2", JsonSerializer.Serialize(entries[1].Details), StringComparison.Ordinal);
    }

    [Fact]
    public void AReason_WithoutAnyFinding_IsIgnored()
    {
        var check = Guard.Begin(new PrivacyOverride("")).Check("name", "Centre social");
        Assert.True(check.IsAccepted);
        Assert.Empty(check.AuditEntries(null, null, "institution", "1"));
    }

    [Fact]
    public void TextOverTheScannerLimit_IsRefusedUnread()
    {
        var check = Guard.Begin(null).Check("notes", new string('a', PersonalDataScanner.MaxTextLength + 1));
        Assert.False(check.IsAccepted);
        Assert.False(check.IsOverridable);
        Assert.Empty(check.Findings);
        Assert.Contains("trop long", check.Problem().ProblemDetails.Detail);
    }

    [Fact]
    public void Misuse_Throws()
    {
        Assert.Throws<InvalidOperationException>(() => Guard.Begin(null).Check("name", "Centre").Problem());
        Assert.Throws<InvalidOperationException>(() => Guard.Begin(null).Check("name", "06 12 34 56 78").AuditEntries(null, null, "x", "1"));
    }

    [Fact]
    public void InEnglish_TheRefusalIsInEnglish()
    {
        var guard = new AnonymousTextGuard(TestScanner.Instance, PrivacyTexts.In("en-GB"));
        var problem = guard.Begin(null).Check("name", "Call 06 12 34 56 78").Problem().ProblemDetails;
        Assert.Equal("This text contains personal data", problem.Title);
    }
}
