using System.Net;
using System.Text;
using System.Text.Json;
using Coprod.Web.Modules.Territory.Domain;
using Coprod.Web.Platform.Audit;
using Microsoft.EntityFrameworkCore;

namespace Coprod.IntegrationTests.Modules.Territory;

/// <summary>GeoJSON builders, API calls and database snapshots for the Territory tests.</summary>
internal static class TerritoryTestData
{
    /// <summary>A point inside Échirolles (38151), the default commune of <see cref="TestData"/>.</summary>
    public const double Lon = 5.72;
    public const double Lat = 45.145;

    /// <summary>A square area feature of half-side <paramref name="half"/> degrees around a point.</summary>
    public static Dictionary<string, object?> Area(string name, string kind = "quartier", string commune = "38151",
        double lon = Lon, double lat = Lat, double half = 0.004, string? validFrom = null, string? code = null) =>
        AreaWith(new { type = "Polygon", coordinates = new[] { Ring(lon, lat, half) } }, name, kind, commune, validFrom, code);

    public static Dictionary<string, object?> AreaWith(object geometry, string name = "Zone", string kind = "quartier", string commune = "38151",
        string? validFrom = null, string? code = null) => new()
        {
            ["type"] = "Feature",
            ["properties"] = new Dictionary<string, object?> { ["name"] = name, ["kind"] = kind, ["commune"] = commune, ["validFrom"] = validFrom, ["code"] = code },
            ["geometry"] = geometry,
        };

    public static double[][] Ring(double lon, double lat, double half) =>
        [[lon - half, lat - half], [lon + half, lat - half], [lon + half, lat + half], [lon - half, lat + half], [lon - half, lat - half]];

    public static string Collection(params object[] features) =>
        JsonSerializer.Serialize(new { type = "FeatureCollection", features });

    public static Task<HttpResponseMessage> ImportAsync(this HttpClient client, Guid partnershipId, string body) =>
        client.PostAsync($"/api/v1/partnerships/{partnershipId}/areas/import",
            new StringContent(body, Encoding.UTF8, "application/geo+json"), TestContext.Current.CancellationToken);

    /// <summary>Imports and checks it succeeded; returns the ids of the created areas.</summary>
    public static async Task<Guid[]> ImportOkAsync(this HttpClient client, Guid partnershipId, params object[] features)
    {
        var response = await client.ImportAsync(partnershipId, Collection(features));
        var body = await JsonAsync(response);
        Assert.True(response.StatusCode == HttpStatusCode.OK, body.ToString());
        return body.GetProperty("areas").EnumerateArray().Select(a => a.GetProperty("id").GetGuid()).ToArray();
    }

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return JsonDocument.Parse(text.Length == 0 ? "null" : text).RootElement;
    }

    /// <summary>The field errors of a 400 validation problem.</summary>
    public static async Task<Dictionary<string, string[]>> ValidationErrorsAsync(HttpResponseMessage response)
    {
        var problem = await ApiAssert.ProblemAsync(response, HttpStatusCode.BadRequest);
        return problem.GetProperty("errors").Deserialize<Dictionary<string, string[]>>()!;
    }

    /// <summary>Everything an import or a retirement may change for a partnership, to prove a refusal changed nothing.</summary>
    public static Task<string> StateAsync(this AppFactory app, Guid partnershipId) => app.WithDbAsync(async db =>
    {
        var areas = await db.Set<Area>().AsNoTracking().Where(a => a.PartnershipId == partnershipId)
            .Select(a => new { a.Id, a.ValidUntil, a.Version }).ToListAsync(TestContext.Current.CancellationToken);
        var revision = await db.Set<AreaRevision>().AsNoTracking().Where(r => r.PartnershipId == partnershipId)
            .Select(r => (Guid?)r.Version).FirstOrDefaultAsync(TestContext.Current.CancellationToken);
        var audit = await db.Set<AuditRecord>().AsNoTracking().CountAsync(r => r.PartnershipId == partnershipId, TestContext.Current.CancellationToken);
        return JsonSerializer.Serialize(new { areas = areas.OrderBy(a => a.Id), revision, audit });
    });

    public static Task<List<AuditRecord>> AuditAsync(this AppFactory app, Guid partnershipId) => app.WithDbAsync(db =>
        db.Set<AuditRecord>().AsNoTracking().Where(r => r.PartnershipId == partnershipId).OrderBy(r => r.Sequence)
            .ToListAsync(TestContext.Current.CancellationToken));
}
