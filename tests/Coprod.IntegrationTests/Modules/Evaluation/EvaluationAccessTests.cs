using System.Net;
using Coprod.Web.Modules.Partnerships.Domain;
using Coprod.Web.Platform.Auth;
using static Coprod.IntegrationTests.ApiAssert;

namespace Coprod.IntegrationTests.Modules.Evaluation;

/// <summary>Who reads the dashboard, the evaluation and the co-production index: current members only.</summary>
public sealed class EvaluationAccessTests(AppFactory app)
{
    public static TheoryData<string> Paths => ["dashboard", "evaluation", "coproduction"];

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task Read_AsCoordinatorPartnerOrFieldAgent_Is200(string path)
    {
        var world = await EvaluationWorld.CreateAsync(app);
        var partner = await world.MemberAsync(PartnershipRole.Partenaire, world.Police.Id);
        var agent = await world.MemberAsync(PartnershipRole.Agent, world.Police.Id);

        foreach (var client in new[] { world.Coordinator, partner, agent })
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(world.Url(path), Ct)).StatusCode);
        }
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task Read_AsOtherPartnershipFormerMemberOrAdmin_Is403_AndAnonymous401(string path)
    {
        var world = await EvaluationWorld.CreateAsync(app);
        var (_, _, stranger) = await app.MemberAsync(PartnershipRole.Coordinateur);
        var former = await world.MemberAsync(PartnershipRole.Partenaire, world.Police.Id, EvaluationWorld.Today.AddDays(-1));
        var admin = app.ClientFor((await app.CreateUserAsync(PlatformRole.Admin)).Id);

        foreach (var client in new[] { stranger, former, admin })
        {
            await ProblemAsync(await client.GetAsync(world.Url(path), Ct), HttpStatusCode.Forbidden);
        }
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Anonymous().GetAsync(world.Url(path), Ct)).StatusCode);
    }
}
