using System.Net;
using System.Net.Http.Json;
using Coprod.Web.Modules.Contract.Domain;
using Coprod.Web.Modules.Contract.Features.Values;
using Coprod.Web.Modules.Events.Domain;
using Coprod.Web.Platform;
using Microsoft.EntityFrameworkCore;
using static Coprod.IntegrationTests.ApiAssert;

namespace Coprod.IntegrationTests.Modules.Contract;

/// <summary>Indicator values: entered by the responsible institution or the coordinator, computed from the events module, history kept.</summary>
public sealed class IndicatorValueTests(AppFactory app)
{
    private static readonly DateOnly PeriodEnd = new(2026, 3, 31);

    [Fact]
    public async Task Record_ByPilotsPartner_KeepsHistory_LatestIsCurrent_EveryMemberReads()
    {
        var w = await CommitmentWorld.CreateAsync(app);
        var url = w.ValuesOf(w.Entered);
        var first = await OkAsync<IndicatorValuesDto>(await w.LandlordClient.PostAsJsonAsync(url, new { periodEnd = PeriodEnd, value = 45.5m }, Ct),
            HttpStatusCode.Created);
        Assert.Equal("Saisie : Bailleur social Isère", Assert.Single(first.Current).Source);
        await OkAsync<IndicatorValuesDto>(await w.Coordinator.PostAsJsonAsync(url, new { periodEnd = PeriodEnd, value = 47m, comment = "Correction après enquête." }, Ct),
            HttpStatusCode.Created);
        var read = await OkAsync<IndicatorValuesDto>(await w.Agent.GetAsync(url, Ct));
        var current = Assert.Single(read.Current);
        Assert.Equal(47m, current.Value);
        Assert.Equal(ValueOrigin.Entered, current.Origin);
        Assert.Equal("Correction après enquête.", current.Comment);
        Assert.Equal(2, read.History.Count);
        Assert.Equal(w.LandlordUser.DisplayName, read.History[1].EnteredByName);
        Assert.False(read.CanEnter);
        Assert.True((await OkAsync<IndicatorValuesDto>(await w.LandlordClient.GetAsync(url, Ct))).CanEnter);
    }

    [Fact]
    public async Task Record_ByOtherInstitutionOrAgentOrStranger_Refused()
    {
        var w = await CommitmentWorld.CreateAsync(app);
        var url = w.ValuesOf(w.Entered);
        var body = new { periodEnd = PeriodEnd, value = 50m };
        Assert.Equal(HttpStatusCode.Forbidden, (await w.PoliceClient.PostAsJsonAsync(url, body, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await w.Agent.PostAsJsonAsync(url, body, Ct)).StatusCode);
        var (_, _, stranger) = await app.MemberAsync(Coprod.Web.Modules.Partnerships.Domain.PartnershipRole.Coordinateur);
        Assert.Equal(HttpStatusCode.Forbidden, (await stranger.PostAsJsonAsync(url, body, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await stranger.GetAsync(url, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Anonymous().GetAsync(url, Ct)).StatusCode);
        Assert.Equal(0, await CountAsync(w));
    }

    public static TheoryData<string, string> BadValues => new()
    {
        { "value", """{"periodEnd":"2026-03-31"}""" },
        { "value", """{"periodEnd":"2026-03-31","value":-1}""" },
        { "value", """{"periodEnd":"2026-03-31","value":100.5}""" },
        { "periodEnd", """{"value":10}""" },
        { "periodEnd", """{"periodEnd":"2024-12-31","value":10}""" },
        { "periodEnd", """{"periodEnd":"{future}","value":10}""" },
        { "comment", """{"periodEnd":"2026-03-31","value":10,"comment":"{long}"}""" },
    };

    [Theory]
    [MemberData(nameof(BadValues))]
    public async Task Record_BadInput_Returns400_AndSavesNothing(string field, string json)
    {
        var w = await CommitmentWorld.CreateAsync(app);
        var body = json.Replace("{future}", CommitmentWorld.Today.AddDays(1).ToString("yyyy-MM-dd")).Replace("{long}", new string('a', ContractLimits.Label + 1));
        await ProblemAsync(await w.LandlordClient.PostAsync(w.ValuesOf(w.Entered), RawJson(body), Ct), HttpStatusCode.BadRequest, field);
        Assert.Equal(0, await CountAsync(w));
    }

    [Fact]
    public async Task Record_OnAComputedIndicator_Returns400()
    {
        var w = await CommitmentWorld.CreateAsync(app);
        await ProblemAsync(await w.Coordinator.PostAsJsonAsync(w.ValuesOf(w.Counted), new { periodEnd = PeriodEnd, value = 3 }, Ct), HttpStatusCode.BadRequest,
            "computation");
        Assert.Equal(0, await CountAsync(w));
    }

    [Fact]
    public async Task Compute_CountsTheSheetsEventsPerMonth_AndIsIdempotent()
    {
        var w = await CommitmentWorld.CreateAsync(app);
        var category = new EventCategory { Id = Guid.NewGuid(), PartnershipId = w.Partnership.Id, Code = "troubles-halls", Label = "Troubles dans les halls", Rank = 1 };
        var other = new EventCategory { Id = Guid.NewGuid(), PartnershipId = w.Partnership.Id, Code = "autre", Label = "Autre", Rank = 2 };
        await app.WithDbAsync(async db =>
        {
            db.AddRange(category, other);
            void Add(EventCategory c, DateOnly day, int hour, string commune) => db.Add(new SafetyEvent
            {
                Id = Guid.NewGuid(),
                PartnershipId = w.Partnership.Id,
                CategoryId = c.Id,
                Severity = EventSeverity.Moyenne,
                OccurredAt = ParisTime.FromLocal(day.ToDateTime(new TimeOnly(hour, 0))).ToUniversalTime(),
                ReportedAt = DateTimeOffset.UtcNow,
                CommuneInsee = commune,
                Description = "Fait de test.",
                ReportingInstitutionId = w.Police.Id,
                Source = EventSource.User,
            });
            Add(category, new DateOnly(2025, 1, 1), 0, "38151"); // first minute of the contract, Paris time
            Add(category, new DateOnly(2025, 1, 31), 23, "38151"); // last hour of January, Paris time
            Add(category, new DateOnly(2025, 2, 10), 12, "38151");
            Add(category, new DateOnly(2025, 2, 10), 12, "38185"); // another commune: not the sheet's
            Add(other, new DateOnly(2025, 2, 11), 12, "38151"); // another category
            Add(category, new DateOnly(2024, 12, 31), 23, "38151"); // before the contract
            await db.SaveChangesAsync(Ct);
        });
        var url = $"{w.Base}/contracts/{w.Contract.Id}/sheets/{w.Sheet.Id}/indicators/{w.Counted.Id}/compute";
        Assert.Equal(HttpStatusCode.Forbidden, (await w.LandlordClient.PostAsync(url, null, Ct)).StatusCode);
        var computed = await OkAsync<ComputedValuesDto>(await w.Coordinator.PostAsync(url, null, Ct));
        var expectedPeriods = (CommitmentWorld.Today.Year - 2025) * 12 + CommitmentWorld.Today.Month - 1;
        Assert.Equal(expectedPeriods, computed.Periods);
        Assert.Equal(expectedPeriods, computed.Written);
        var read = await OkAsync<IndicatorValuesDto>(await w.Agent.GetAsync(w.ValuesOf(w.Counted), Ct));
        Assert.Equal(2m, read.Current.Single(v => v.PeriodEnd == new DateOnly(2025, 1, 31)).Value);
        Assert.Equal(1m, read.Current.Single(v => v.PeriodEnd == new DateOnly(2025, 2, 28)).Value);
        Assert.Equal(0m, read.Current.Single(v => v.PeriodEnd == new DateOnly(2025, 3, 31)).Value);
        Assert.All(read.Current, v => Assert.Equal("Module événements", v.Source));
        Assert.All(read.Current, v => Assert.Equal(ValueOrigin.Computed, v.Origin));
        Assert.Equal(0, (await OkAsync<ComputedValuesDto>(await w.Coordinator.PostAsync(url, null, Ct))).Written);
        Assert.Equal(expectedPeriods, await CountAsync(w));
        await ProblemAsync(await w.Coordinator.PostAsync($"{w.Base}/contracts/{w.Contract.Id}/sheets/{w.Sheet.Id}/indicators/{w.Entered.Id}/compute", null, Ct),
            HttpStatusCode.BadRequest, "computation");
    }

    private Task<int> CountAsync(CommitmentWorld w) => app.WithDbAsync(db => db.Set<IndicatorValue>().CountAsync(v => v.PartnershipId == w.Partnership.Id, Ct));
}
