using System.Net;
using System.Text;
using Coprod.Web.Modules.Partnerships.Domain;
using Coprod.Web.Platform.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using static Coprod.IntegrationTests.ApiAssert;

namespace Coprod.IntegrationTests.Platform;

/// <summary>
/// SEC-1: every API route found in the running host, called by every kind of caller who must be
/// refused. New endpoints are covered the day they are added; the allowed cases live with
/// each module's tests.
/// </summary>
public sealed class RoleMatrixTests(AppFactory app)
{
    private static readonly string[] PublicRoutes = ["/api/v1/auth/login", "/api/v1/auth/refresh"];

    public sealed record Route(string Method, string Pattern, IReadOnlyList<string> Policies)
    {
        public override string ToString() => $"{Method} {Pattern}";
    }

    private IReadOnlyList<Route> ApiRoutes() =>
        app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/v1", StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods ?? ["GET"])
                .Select(m => new Route(m, e.RoutePattern.RawText!, e.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy ?? "").ToList())))
            .ToList();

    private static string Url(Route route, Guid partnershipId)
    {
        var url = new StringBuilder();
        foreach (var segment in route.Pattern.Split('/'))
        {
            url.Append(segment switch
            {
                "{partnershipId:guid}" => partnershipId.ToString(),
                _ when segment.StartsWith('{') && segment.Contains(":guid") => Guid.NewGuid().ToString(),
                _ when segment.StartsWith('{') => "x",
                _ => segment,
            }).Append('/');
        }
        return url.ToString().TrimEnd('/');
    }

    private static Task<HttpResponseMessage> CallAsync(HttpClient client, Route route, Guid partnershipId) =>
        client.SendAsync(new HttpRequestMessage(new HttpMethod(route.Method), Url(route, partnershipId)) { Content = RawJson("{}") }, Ct);

    [Fact]
    public void TheHostExposesTheExpectedSurface() => Assert.True(ApiRoutes().Count >= 15, string.Join("\n", ApiRoutes()));

    [Fact]
    public async Task EveryRoute_Anonymous_Returns401()
    {
        var partnership = await app.CreatePartnershipAsync();
        var client = app.Anonymous();
        foreach (var route in ApiRoutes().Where(r => !PublicRoutes.Contains(r.Pattern)))
        {
            var response = await CallAsync(client, route, partnership.Id);
            Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{route} answered {(int)response.StatusCode} to an anonymous caller");
        }
    }

    [Fact]
    public async Task EveryPartnershipRoute_AsMemberOfAnotherPartnership_Returns403()
    {
        var target = await app.CreatePartnershipAsync();
        var (_, _, client) = await app.MemberAsync(PartnershipRole.Coordinateur);
        foreach (var route in ApiRoutes().Where(r => r.Pattern.Contains("{partnershipId")))
        {
            var response = await CallAsync(client, route, target.Id);
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{route} answered {(int)response.StatusCode} to a coordinator of another partnership");
        }
    }

    [Fact]
    public async Task EveryPartnershipRoute_AsAdmin_Returns403()
    {
        var target = await app.CreatePartnershipAsync();
        var admin = app.ClientFor((await app.CreateUserAsync(PlatformRole.Admin)).Id);
        foreach (var route in ApiRoutes().Where(r => r.Pattern.StartsWith("/api/v1/partnerships/{partnershipId", StringComparison.Ordinal)))
        {
            var response = await CallAsync(admin, route, target.Id);
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{route} answered {(int)response.StatusCode} to the platform admin");
        }
    }

    [Theory]
    [InlineData(PartnershipRole.Agent)]
    [InlineData(PartnershipRole.Partenaire)]
    [InlineData(PartnershipRole.President)]
    [InlineData(PartnershipRole.Etat)]
    public async Task EveryCoordinatorRoute_AsOtherRole_Returns403(PartnershipRole role)
    {
        var (partnership, _, client) = await app.MemberAsync(role);
        var managed = ApiRoutes().Where(r => r.Policies.Contains(CoprodPolicies.PartnershipManage) || r.Policies.Contains(CoprodPolicies.PartnershipAudit)).ToList();
        Assert.NotEmpty(managed);
        Assert.Contains(managed, r => r.Method == "POST" && r.Pattern.TrimEnd('/').EndsWith("/commitments", StringComparison.Ordinal));
        Assert.Contains(managed, r => r.Method == "PUT" && r.Pattern.EndsWith("/commitments/{commitmentId:guid}", StringComparison.Ordinal));
        Assert.Contains(managed, r => r.Method == "POST" && r.Pattern.EndsWith("/indicators/{indicatorId:guid}/compute", StringComparison.Ordinal));
        foreach (var route in managed)
        {
            var response = await CallAsync(client, route, partnership.Id);
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{route} answered {(int)response.StatusCode} to a {role}");
        }
    }

    [Fact]
    public async Task EveryContributeRoute_AsFieldAgent_Returns403()
    {
        var (partnership, _, client) = await app.MemberAsync(PartnershipRole.Agent);
        var contribute = ApiRoutes().Where(r => r.Policies.Contains(CoprodPolicies.PartnershipContribute)).ToList();
        Assert.Contains(contribute, r => r.Method == "POST" && r.Pattern.TrimEnd('/').EndsWith("/meetings/{meetingId:guid}/documents", StringComparison.Ordinal));
        Assert.Contains(contribute, r => r.Method == "DELETE" && r.Pattern.EndsWith("/documents/{documentId:guid}", StringComparison.Ordinal));
        Assert.Contains(contribute, r => r.Method == "GET" && r.Pattern.TrimEnd('/').EndsWith("/alerts", StringComparison.Ordinal));
        Assert.Contains(contribute, r => r.Method == "POST" && r.Pattern.EndsWith("/alerts/{alertId:guid}/close", StringComparison.Ordinal));
        Assert.Contains(contribute, r => r.Method == "POST" && r.Pattern.EndsWith("/commitments/{commitmentId:guid}/done", StringComparison.Ordinal));
        Assert.Contains(contribute, r => r.Method == "POST" && r.Pattern.EndsWith("/commitments/{commitmentId:guid}/answers", StringComparison.Ordinal));
        Assert.Contains(contribute, r => r.Method == "POST" && r.Pattern.EndsWith("/indicators/{indicatorId:guid}/values", StringComparison.Ordinal));
        foreach (var route in contribute)
        {
            var response = await CallAsync(client, route, partnership.Id);
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{route} answered {(int)response.StatusCode} to a field agent");
        }
    }

    /// <summary>
    /// The map's routes are in the matrix above (anonymous 401, other partnership and admin 403). A field agent gets its
    /// own points (EVT-5), but no hotspot or density map: computed over events they cannot read, it would leak them (VEI-3).
    /// </summary>
    [Fact]
    public async Task MapRoutes_AreCovered_AndTheHotspotMaps_AsFieldAgent_Return403()
    {
        var routes = ApiRoutes();
        Assert.Contains(routes, r => r.Method == "GET" && r.Pattern.EndsWith("/events/points", StringComparison.Ordinal));
        var maps = routes.Where(r => r.Pattern.EndsWith("/hotspots", StringComparison.Ordinal) || r.Pattern.EndsWith("/density", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, maps.Count);
        var (partnership, _, client) = await app.MemberAsync(PartnershipRole.Agent);
        foreach (var route in maps)
        {
            var response = await CallAsync(client, route, partnership.Id);
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{route} answered {(int)response.StatusCode} to a field agent");
        }
    }

    /// <summary>
    /// The evaluation's reads (EVAL-1, EVAL-2, EVAL-4) and the yearly review (EVAL-3) are in the matrix above (anonymous 401, other partnership and admin 403)
    /// and open to every current member: a former member is refused like a stranger.
    /// </summary>
    [Fact]
    public async Task EvaluationRoutes_AreCovered_AndRefuseAFormerMember()
    {
        var evaluation = ApiRoutes().Where(r => r.Pattern.EndsWith("/dashboard", StringComparison.Ordinal) || r.Pattern.EndsWith("/evaluation", StringComparison.Ordinal)
            || r.Pattern.EndsWith("/coproduction", StringComparison.Ordinal) || r.Pattern.EndsWith("/reports/annual", StringComparison.Ordinal)).ToList();
        Assert.Equal(4, evaluation.Count);
        Assert.All(evaluation, r => Assert.Contains(CoprodPolicies.PartnershipMember, r.Policies));
        var partnership = await app.CreatePartnershipAsync();
        var former = await app.CreateUserAsync();
        await app.GrantAsync(former, partnership, PartnershipRole.Partenaire, endsOn: new DateOnly(2025, 1, 1));
        var client = app.ClientFor(former.Id);
        foreach (var route in evaluation)
        {
            var response = await CallAsync(client, route, partnership.Id);
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{route} answered {(int)response.StatusCode} to a former member");
        }
    }

    [Theory]
    [InlineData(PartnershipRole.Partenaire)]
    [InlineData(PartnershipRole.Agent)]
    public async Task EveryWatchTeamRoute_AsMemberOutsideTheWatchCell_Returns403(PartnershipRole role)
    {
        var (partnership, _, client) = await app.MemberAsync(role);
        var team = ApiRoutes().Where(r => r.Policies.Contains(Coprod.Web.Modules.Watch.WatchPolicies.WatchTeam)).ToList();
        Assert.Equal(9, team.Count);
        foreach (var route in team)
        {
            var response = await CallAsync(client, route, partnership.Id);
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{route} answered {(int)response.StatusCode} to a {role} outside the watch cell");
        }
    }

    /// <summary>The contract's writes (CLS-1 to CLS-3) are the coordinator's: they are in the coordinator matrix above.</summary>
    [Fact]
    public void ContractWriteRoutes_AreCoordinatorRoutes()
    {
        var managed = ApiRoutes().Where(r => r.Policies.Contains(CoprodPolicies.PartnershipManage) && r.Pattern.Contains("/contracts", StringComparison.Ordinal)).ToList();
        Assert.Contains(managed, r => r.Method == "POST" && r.Pattern.TrimEnd('/').EndsWith("/contracts", StringComparison.Ordinal));
        Assert.Contains(managed, r => r.Method == "PUT" && r.Pattern.TrimEnd('/').EndsWith("/contracts/{contractId:guid}", StringComparison.Ordinal));
        Assert.Contains(managed, r => r.Method == "POST" && r.Pattern.TrimEnd('/').EndsWith("/sign", StringComparison.Ordinal));
        Assert.Contains(managed, r => r.Method == "POST" && r.Pattern.TrimEnd('/').EndsWith("/sheets", StringComparison.Ordinal));
        Assert.Contains(managed, r => r.Method == "PUT" && r.Pattern.TrimEnd('/').EndsWith("/sheets/{sheetId:guid}", StringComparison.Ordinal));
        Assert.Contains(managed, r => r.Method == "POST" && r.Pattern.TrimEnd('/').EndsWith("/adopt", StringComparison.Ordinal));
        Assert.Contains(managed, r => r.Method == "POST" && r.Pattern.TrimEnd('/').EndsWith("/sheets/{sheetId:guid}/status", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(PlatformRole.None)]
    [InlineData(PlatformRole.Departement)]
    public async Task EveryAdminRoute_AsNonAdmin_Returns403(PlatformRole platformRole)
    {
        var partnership = await app.CreatePartnershipAsync();
        var user = await app.CreateUserAsync(platformRole, departementCode: platformRole == PlatformRole.Departement ? "38" : null);
        await app.GrantAsync(user, partnership, PartnershipRole.Coordinateur);
        var client = app.ClientFor(user.Id);
        foreach (var route in ApiRoutes().Where(r => r.Policies.Contains(CoprodPolicies.PlatformAdmin)))
        {
            var response = await CallAsync(client, route, partnership.Id);
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{route} answered {(int)response.StatusCode} to a {platformRole} coordinator");
        }
    }

    /// <summary>
    /// CONF: the routes that manage confidential groups, show coordinations or generate the record of processing are the
    /// president's and the coordinator's (checked in the handler, since the president is no manager elsewhere): every other
    /// role gets 403. The group- and case-specific routes of members answer a non-member 404, as for what does not exist.
    /// </summary>
    [Theory]
    [InlineData(PartnershipRole.Partenaire)]
    [InlineData(PartnershipRole.Agent)]
    [InlineData(PartnershipRole.Etat)]
    [InlineData(PartnershipRole.Parquet)]
    public async Task ConfidentialGroupRoutes_AsNonManager_Return403_AndMemberRoutes_AsNonMember_Return404(PartnershipRole role)
    {
        var (partnership, _, client) = await app.MemberAsync(role);
        var routes = ApiRoutes().Where(r => r.Pattern.Contains("/confidential/", StringComparison.Ordinal)).ToList();
        var managed = routes.Where(r => r.Pattern.Contains("/confidential/administration/", StringComparison.Ordinal)
            || r.Pattern.EndsWith("/confidential/coordinations", StringComparison.Ordinal) || r.Pattern.EndsWith("/confidential/register", StringComparison.Ordinal)
            || r.Pattern.EndsWith("/confidential/impact-assessment", StringComparison.Ordinal)).ToList();
        Assert.Equal(13, managed.Count);
        foreach (var route in managed)
        {
            var response = await CallAsync(client, route, partnership.Id);
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{route} answered {(int)response.StatusCode} to a {role}");
        }
        var memberRoutes = routes.Where(r => r.Pattern.Contains("/confidential/groups/{groupId:guid}/", StringComparison.Ordinal)
            || r.Pattern.EndsWith("/confidential/cases/{caseId:guid}/disclosures", StringComparison.Ordinal)).ToList();
        Assert.Equal(5, memberRoutes.Count);
        foreach (var route in memberRoutes)
        {
            var response = await CallAsync(client, route, partnership.Id);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{route} answered {(int)response.StatusCode} to a {role} who is in no group");
        }
    }

    /// <summary>
    /// The confidential case routes (CONF-3) are in the matrix above (anonymous 401, other partnership and admin 403); inside the
    /// partnership, whoever is not an entitled member of the group gets 404, whatever their role: a refusal tells nothing.
    /// </summary>
    [Theory]
    [InlineData(PartnershipRole.Coordinateur)]
    [InlineData(PartnershipRole.President)]
    [InlineData(PartnershipRole.Partenaire)]
    public async Task ConfidentialCaseRoutes_AreCovered_AndAnswer404_ToAMemberOutsideTheGroup(PartnershipRole role)
    {
        var cases = ApiRoutes().Where(r => r.Pattern.Contains("/confidential/groups/{groupId:guid}/cases", StringComparison.Ordinal)
            || r.Pattern.Contains("/confidential/cases/{caseId:guid}", StringComparison.Ordinal)).ToList();
        Assert.Equal(11, cases.Count);
        Assert.All(cases, r => Assert.Contains(CoprodPolicies.PartnershipMember, r.Policies));
        var (partnership, _, client) = await app.MemberAsync(role);
        foreach (var route in cases)
        {
            var response = await CallAsync(client, route, partnership.Id);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{route} answered {(int)response.StatusCode} to a {role} outside the group");
        }
    }
}
