using System.Net;
using System.Text.Json;
using static Coprod.IntegrationTests.ApiAssert;

namespace Coprod.IntegrationTests.Modules.Evaluation;

/// <summary>EVAL-4: the co-production index per partner and year.</summary>
public sealed class CoproductionTests(AppFactory app)
{
    [Fact]
    public async Task Coproduction_CountsSharedSheets_CommitmentsKept_DataContributed_AndMeetingsAttended()
    {
        var world = await EvaluationWorld.CreateAsync(app);

        var index = await OkAsync<JsonElement>(await world.Coordinator.GetAsync(world.Url("coproduction"), Ct));

        var years = index.GetProperty("years").EnumerateArray().Select(y => y.GetInt32()).ToList();
        Assert.Equal(Enumerable.Range(world.Contract.StartsOn.Year, EvaluationWorld.Today.Year - world.Contract.StartsOn.Year + 1), years);
        var rows = index.GetProperty("institutions").EnumerateArray().ToDictionary(r => r.GetProperty("id").GetGuid());
        int Sum(Guid institution, string count) => rows[institution].GetProperty("years").EnumerateArray().Sum(y => y.GetProperty("counts").GetProperty(count).GetInt32());

        Assert.Equal((1, 0, 4, 1, 1), (Sum(world.Police.Id, "commitmentsDue"), Sum(world.Police.Id, "commitmentsKeptOnTime"), Sum(world.Police.Id, "contributions"),
            Sum(world.Police.Id, "meetingsRecorded"), Sum(world.Police.Id, "meetingsAttended")));
        Assert.Equal((2, 1, 1, 0), (Sum(world.Mairie.Id, "commitmentsDue"), Sum(world.Mairie.Id, "commitmentsKeptOnTime"), Sum(world.Mairie.Id, "contributions"),
            Sum(world.Mairie.Id, "meetingsAttended")));
        var thisYear = rows[world.Mairie.Id].GetProperty("years").EnumerateArray().Last();
        Assert.Equal((2, 1), (thisYear.GetProperty("counts").GetProperty("sheetsCarried").GetInt32(), thisYear.GetProperty("counts").GetProperty("sheetsShared").GetInt32()));
        Assert.Equal(0.5, thisYear.GetProperty("score").GetProperty("sharedSheets").GetDouble());
        Assert.Contains("SharedSheets", thisYear.GetProperty("score").GetProperty("available").EnumerateArray().Select(a => a.GetString()));
    }

    [Fact]
    public async Task Coproduction_ForOneYear_KeepsThatYear()
    {
        var world = await EvaluationWorld.CreateAsync(app);
        var year = world.Contract.StartsOn.Year;

        var index = await OkAsync<JsonElement>(await world.Coordinator.GetAsync(world.Url($"coproduction?year={year}"), Ct));

        Assert.Equal([year], index.GetProperty("years").EnumerateArray().Select(y => y.GetInt32()));
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("1999")]
    [InlineData("2100")]
    [InlineData("-2025")]
    public async Task Coproduction_BadYear_Is400(string year)
    {
        var world = await EvaluationWorld.CreateAsync(app);
        await ProblemAsync(await world.Coordinator.GetAsync(world.Url($"coproduction?year={year}"), Ct), HttpStatusCode.BadRequest, "year");
    }

    [Fact]
    public async Task Coproduction_OfAnUnknownContract_Is404()
    {
        var world = await EvaluationWorld.CreateAsync(app);
        await ProblemAsync(await world.Coordinator.GetAsync(world.Url($"coproduction?contractId={Guid.NewGuid()}"), Ct), HttpStatusCode.NotFound);
    }
}
