using System.Text.Json;
using Coprod.Web.Modules.Contract.Domain;
using Coprod.Web.Modules.Governance.Domain;
using Coprod.Web.Platform.Demo;
using Microsoft.EntityFrameworkCore;
using static Coprod.IntegrationTests.ApiAssert;

namespace Coprod.IntegrationTests.Platform.Demo;

/// <summary>The demo CISPD's contract (issue 6's demo): what a newcomer finds on the contract, its commitments, figures and amendment.</summary>
public sealed class DemoContractTests(DemoEventsHost host) : IClassFixture<DemoEventsHost>
{
    private readonly AppFactory _app = host.App;

    private Task<LocalContract> ContractAsync() => _app.WithDbAsync(db => db.Set<LocalContract>().AsNoTracking().Include(c => c.Signatories).Include(c => c.Priorities)
        .SingleAsync(c => c.PartnershipId == DemoData.Metropole, Ct));

    [Fact]
    public async Task TheCispd_HasASignedThreeYearStspd_WithTwelveSheetsByTheme_ThreeOfThemVagueDrafts()
    {
        var contract = await ContractAsync();

        Assert.Equal((ContractKind.Stspd, ContractStatus.Signed, 1), (contract.Kind, contract.Status, contract.CurrentVersion));
        Assert.Equal(new DateOnly(2025, 1, 1), contract.StartsOn);
        Assert.Equal(new DateOnly(2027, 12, 31), contract.EndsOn);
        Assert.Equal(4, contract.Signatories.Count);
        Assert.All(contract.Signatories, s => Assert.True(s.SignedOn is not null && s.MembershipId is not null));
        Assert.Equal(4, contract.Priorities.Count);
        var sheets = await _app.WithDbAsync(db => db.Set<ActionSheet>().AsNoTracking().Where(s => s.ContractId == contract.Id).ToListAsync(Ct));
        Assert.Equal(12, sheets.Count);
        Assert.Equal(3, sheets.Count(s => s.Status == SheetStatus.Draft));
        Assert.Equal(1, await _app.WithDbAsync(db => db.Set<ContractVersion>().CountAsync(v => v.ContractId == contract.Id, Ct)));
    }

    [Fact]
    public async Task Commitments_AreKeptOrLate_AndTheLongestLateAreOnTheNextPlenarysAgenda()
    {
        var commitments = await _app.WithDbAsync(db => db.Set<Commitment>().AsNoTracking().Include(c => c.Answers)
            .Where(c => c.PartnershipId == DemoData.Metropole).ToListAsync(Ct));
        var today = new DateOnly(2026, 11, 19);

        Assert.Equal(13, commitments.Count);
        var late = commitments.Where(c => c.DaysLate(today) > 0).ToList();
        Assert.Equal(3, late.Count);
        Assert.All(late, c => Assert.NotNull(c.FormalReminderSentAt));
        Assert.Single(late, c => c.Answers.Count == 1);
        Assert.Contains(commitments, c => c.KeptOnTime);
        Assert.Contains(commitments, c => c.Status == CommitmentStatus.Done && !c.KeptOnTime);
        var listed = commitments.Where(c => c.PlenaryMeetingId is not null).ToList();
        Assert.Equal(2, listed.Count);
        var agenda = await _app.WithDbAsync(db => db.Set<AgendaItem>().AsNoTracking().SingleAsync(a => a.MeetingId == listed[0].PlenaryMeetingId
            && a.Key == DemoContractPlenary.LateCommitmentsKey, Ct));
        Assert.StartsWith("Engagements en retard : ", agenda.Text);
        Assert.Contains("Bailleur social (démo)", agenda.Text);
    }

    [Fact]
    public async Task EnteredIndicators_HaveAValueEachPeriodSinceTheStart_WithTheirSource()
    {
        var values = await _app.WithDbAsync(db => db.Set<IndicatorValue>().AsNoTracking().Where(v => v.PartnershipId == DemoData.Metropole).ToListAsync(Ct));

        Assert.True(values.Count >= 40, $"{values.Count} values");
        Assert.All(values, v => Assert.StartsWith("Saisie : ", v.Source));
        Assert.True(values.GroupBy(v => v.IndicatorId).All(g => g.Select(v => v.PeriodEnd).Distinct().Count() == g.Count()));
        Assert.Contains(values, v => v.PeriodEnd >= new DateOnly(2026, 9, 30));
    }

    [Fact]
    public async Task TheAmendment_WaitsForThePresident_WhoSeesItAndMayDecide()
    {
        var contract = await ContractAsync();
        var president = _app.ClientFor(await _app.WithDbAsync(db => db.Users.Where(u => u.Email == "maire@demo.coprod.fr").Select(u => u.Id).SingleAsync(Ct)));

        var list = await OkAsync<JsonElement>(await president.GetAsync($"/api/v1/partnerships/{DemoData.Metropole}/contracts/{contract.Id}/amendments", Ct));
        var summary = list.EnumerateArray().Single();
        Assert.True(summary.GetProperty("awaitsMe").GetBoolean());
        Assert.Equal(3, summary.GetProperty("approved").GetInt32());
        var amendment = await OkAsync<JsonElement>(await president.GetAsync(
            $"/api/v1/partnerships/{DemoData.Metropole}/contracts/{contract.Id}/amendments/{summary.GetProperty("id").GetGuid()}", Ct));
        Assert.Single(amendment.GetProperty("decidesFor").EnumerateArray());
        var kinds = amendment.GetProperty("sheets").EnumerateArray().Select(s => s.GetProperty("kind").GetString()).ToList();
        Assert.Equal(["Changed", "Added"], kinds);
        var changed = amendment.GetProperty("sheets")[0].GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("field").GetString()).ToList();
        Assert.Equal(["objective", "coPartnerIds", "cost", "milestones", "funding"], changed);
    }
}
