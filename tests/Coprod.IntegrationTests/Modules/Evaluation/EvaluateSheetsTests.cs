using System.Net;
using System.Text.Json;
using static Coprod.IntegrationTests.ApiAssert;

namespace Coprod.IntegrationTests.Modules.Evaluation;

/// <summary>EVAL-2: results against target and cost; the sheets whose results are insufficient for their means come first.</summary>
public sealed class EvaluateSheetsTests(AppFactory app)
{
    [Fact]
    public async Task Evaluation_FlagsTheSheetFarBehind_First_WithItsFigures()
    {
        var world = await EvaluationWorld.CreateAsync(app);

        var evaluation = await OkAsync<JsonElement>(await world.Coordinator.GetAsync(world.Url("evaluation"), Ct));

        Assert.Equal(("InItinere", 1), (evaluation.GetProperty("stage").GetString(), evaluation.GetProperty("flagged").GetInt32()));
        var sheets = evaluation.GetProperty("sheets").EnumerateArray().ToList();
        Assert.Equal([world.Behind.Id, world.OnTrack.Id], sheets.Select(s => s.GetProperty("id").GetGuid())); // the draft is not evaluated
        var review = sheets[0].GetProperty("review");
        Assert.True(review.GetProperty("flagged").GetBoolean());
        Assert.Equal(["BelowHalfExpected"], review.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(0.1, review.GetProperty("meanResultProgress").GetDouble(), 6);
        Assert.Equal((30_000m, 3_000m), (review.GetProperty("cost").GetDecimal(), review.GetProperty("costPerPoint").GetDecimal()));
        Assert.InRange(review.GetProperty("expected").GetDouble(), 0.45, 0.6);
        Assert.Equal("Dégradations signalées", sheets[0].GetProperty("results")[0].GetProperty("name").GetString());
        Assert.False(sheets[1].GetProperty("review").GetProperty("flagged").GetBoolean());
    }

    [Fact]
    public async Task Evaluation_OfAnUnknownContract_Is404()
    {
        var world = await EvaluationWorld.CreateAsync(app);
        await ProblemAsync(await world.Coordinator.GetAsync(world.Url($"evaluation?contractId={Guid.NewGuid()}"), Ct), HttpStatusCode.NotFound);
        await ProblemAsync(await world.Coordinator.GetAsync(world.Url("evaluation?contractId=x"), Ct), HttpStatusCode.BadRequest, "contractId");
    }
}
