using System.Net;
using System.Net.Http.Json;
using Coprod.IntegrationTests.Modules.Confidential;
using Coprod.Tests.Shared;
using Coprod.Web.Modules.Confidential.Domain;
using Coprod.Web.Modules.Confidential.Features;
using Coprod.Web.Modules.Confidential.Protection;
using Coprod.Web.Platform.Auth;
using Coprod.Web.Platform.Demo;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Coprod.IntegrationTests.ApiAssert;

namespace Coprod.IntegrationTests.Platform.Demo;

/// <summary>The demo's confidential groups in Échirolles: who is in them, what they follow (sealed, fictional), and who sees nothing.</summary>
public sealed class DemoConfidentialTests(DemoHost host, AppFactory shared) : IClassFixture<DemoHost>
{
    private readonly AppFactory _demo = host.App;

    private Task<List<ConfidentialGroup>> GroupsAsync() =>
        _demo.WithDbAsync(db => db.Set<ConfidentialGroup>().AsNoTracking().Where(g => g.PartnershipId == DemoData.Echirolles).ToListAsync(Ct));

    private Task<Guid> UserAsync(string email) => _demo.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync(Ct));

    [Fact]
    public async Task Echirolles_HasTheWorkingGroupAndOneCoordination_WithSignedMembersUsingTheDemoKey()
    {
        var groups = await GroupsAsync();
        var group = Assert.Single(groups, g => g.Channel == SharingChannel.WorkingGroup);
        Assert.Equal("Groupe opérationnel mineurs — Échirolles", group.Name);
        var coordination = Assert.Single(groups, g => g.Channel == SharingChannel.SharedSecret);
        Assert.Equal(await UserAsync(DemoData.EducatorEmail), coordination.CoordinatorUserId);
        var charter = await _demo.WithDbAsync(db => db.Set<CharterVersion>().SingleAsync(v => v.GroupId == group.Id, Ct));
        Assert.Equal(1, charter.Number);
        Assert.Subset(charter.Categories.ToHashSet(), new HashSet<InformationCategory> { InformationCategory.Schooling, InformationCategory.FamilySituation, InformationCategory.SupportActions,
            InformationCategory.Offences });
        Assert.NotEmpty(charter.Rules);

        await using var scope = _demo.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CoprodUser>>();
        var access = scope.ServiceProvider.GetRequiredService<ConfidentialAccess>();
        foreach (var email in DemoData.ConfidentialMembers)
        {
            var user = await users.FindByEmailAsync(email);
            Assert.True(user!.TwoFactorEnabled);
            Assert.Equal(DemoData.ConfidentialTotpKey, await users.GetAuthenticatorKeyAsync(user));
            var standing = Assert.Single(await access.MembershipsAsync(DemoData.Echirolles, user.Id, Ct), m => m.Group.Id == group.Id);
            Assert.Equal(ConfidentialAccess.Standing.Entitled, standing.Standing);
        }
    }

    [Fact]
    public async Task DemoCases_AreSealed_Fictional_OneArchived_WithEntriesOfEveryKind()
    {
        var group = (await GroupsAsync()).Single(g => g.Channel == SharingChannel.WorkingGroup);
        var cipher = _demo.Services.GetRequiredService<ConfidentialCipher>();
        var cases = await _demo.WithDbAsync(db => db.Set<ConfidentialCase>().AsNoTracking().Where(c => c.GroupId == group.Id).ToListAsync(Ct));
        Assert.Equal(3, cases.Count);
        Assert.Single(cases, c => c.Status == CaseStatus.Archived && c.ArchiveUntil == c.ClosedOn!.Value.AddYears(3));
        var names = cases.Select(c => cipher.Open<CaseRecord>(c.Id, c.SealedRecord).Persons.Single(p => p.Role == PersonRole.Followed).LastName);
        Assert.Equal(["Exemplaire", "Fictivier", "Imaginaire"], names.Order());
        var caseIds = cases.Select(c => c.Id).ToList();
        var entries = await _demo.WithDbAsync(db => db.Set<CaseEntry>().AsNoTracking().Where(e => caseIds.Contains(e.CaseId)).ToListAsync(Ct));
        Assert.Equal(Enum.GetValues<EntryKind>().Order(), entries.Select(e => e.Kind).Distinct().Order());
        var contents = entries.Select(e => (e.Kind, Content: cipher.Open<EntryContent>(e.CaseId, e.SealedContent))).ToList();
        Assert.Contains(contents, c => c.Kind == EntryKind.Action && c.Content.Result is { Length: > 0 } && c.Content.EndsOn is not null);
        Assert.All(contents.Where(c => c.Kind == EntryKind.FamilyInformed), c => Assert.True(c.Content is { InformedOn: not null, InformedBy: not null, How: not null }));
        Assert.All(entries.Where(e => e.Category.IsSensitive()), e => Assert.NotNull(cipher.Open<EntryContent>(e.CaseId, e.SealedContent).Justification));
    }

    [Fact]
    public async Task OtherDemoAccounts_ReadNoCase_AndTheMayorIsNoMemberOfTheCoordination()
    {
        var cases = await _demo.WithDbAsync(db => db.Set<ConfidentialCase>().AsNoTracking().Where(c => c.PartnershipId == DemoData.Echirolles).ToListAsync(Ct));
        Assert.Equal(4, cases.Count);
        await using var scope = _demo.Services.CreateAsyncScope();
        var access = scope.ServiceProvider.GetRequiredService<ConfidentialAccess>();
        foreach (var account in DemoData.Accounts.Where(a => !DemoData.ConfidentialMembers.Contains(a.Email)))
        {
            var userId = await UserAsync(account.Email);
            Assert.Empty(await access.MembershipsAsync(DemoData.Echirolles, userId, Ct));
            foreach (var found in cases)
            {
                Assert.Null(await access.CaseAsync(DemoData.Echirolles, found.Id, userId, Ct));
            }
        }
        var police = await UserAsync(DemoData.MunicipalPoliceEmail);
        var coordinationCase = Assert.Single(cases, c => c.Reference.StartsWith("CO-", StringComparison.Ordinal));
        Assert.Null(await access.CaseAsync(DemoData.Echirolles, coordinationCase.Id, police, Ct));
        Assert.NotNull(await access.CaseAsync(DemoData.Echirolles, coordinationCase.Id, await UserAsync(DemoData.EducatorEmail), Ct));
    }

    [Fact]
    public async Task GroupMember_SignsIn_OnlyWithACodeFromTheDemoKey()
    {
        var anonymous = _demo.Anonymous();
        var withoutCode = await anonymous.PostAsJsonAsync("/api/v1/auth/login", new { email = DemoData.CoordinatorEmail, password = DemoModule.Password }, Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, withoutCode.StatusCode);
        var withCode = await anonymous.PostAsJsonAsync("/api/v1/auth/login",
            new { email = DemoData.EducatorEmail, password = DemoModule.Password, twoFactorCode = Totp.Code(DemoData.ConfidentialTotpKey) }, Ct);
        Assert.Equal(HttpStatusCode.OK, withCode.StatusCode);
    }

    [Fact]
    public async Task TheDemoKey_ExistsNowhereOutsideTheDemo()
    {
        Assert.Empty(await DatabaseText.FindAsync(shared, DemoData.ConfidentialTotpKey));
        Assert.NotEmpty(await DatabaseText.FindAsync(_demo, DemoData.ConfidentialTotpKey));
        await using var production = new AppFactory { SeedDemo = true, EnvironmentName = "Production" };
        await Assert.ThrowsAnyAsync<Exception>(async () => await production.InitializeAsync());
    }
}
