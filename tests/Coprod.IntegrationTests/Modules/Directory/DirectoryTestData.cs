using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Coprod.Web.Modules.Directory.Domain;
using Coprod.Web.Modules.Partnerships.Domain;
using Microsoft.EntityFrameworkCore;
using static Coprod.IntegrationTests.ApiAssert;

namespace Coprod.IntegrationTests.Modules.Directory;

/// <summary>A partnership (Échirolles) with two institutions, a coordinator, a partner of the first institution and an agent.</summary>
internal sealed record DirectoryWorld(
    Partnership Partnership, Institution Own, Institution Other, HttpClient Coordinator, HttpClient Partner, HttpClient Agent)
{
    public string Root => $"/api/v1/partnerships/{Partnership.Id}/directory";
}

internal static class DirectoryTestData
{
    public const string Echirolles = "38151";

    public static async Task<DirectoryWorld> WorldAsync(this AppFactory app)
    {
        var partnership = await app.CreatePartnershipAsync(PartnershipKind.Clspd, Echirolles);
        var own = await app.CreateInstitutionAsync(partnership, InstitutionType.Mediation);
        var other = await app.CreateInstitutionAsync(partnership, InstitutionType.PoliceMunicipale);
        async Task<HttpClient> Seat(PartnershipRole role, Guid? institutionId)
        {
            var user = await app.CreateUserAsync();
            await app.GrantAsync(user, partnership, role, institutionId);
            return app.ClientFor(user.Id);
        }
        return new DirectoryWorld(partnership, own, other,
            await Seat(PartnershipRole.Coordinateur, null), await Seat(PartnershipRole.Partenaire, own.Id), await Seat(PartnershipRole.Agent, own.Id));
    }

    public static object ServiceBody(Guid institutionId, string name = "Médiation de nuit", string commune = Echirolles) => new
    {
        institutionId,
        name,
        description = "Médiation sociale en soirée dans les quartiers",
        phone = "04 76 00 00 00",
        email = "mediation@example.org",
        territories = new[] { new { commune } },
    };

    public static async Task<(Guid Id, Guid Version)> CreateServiceAsync(this HttpClient client, DirectoryWorld world, Guid institutionId, string name = "Médiation de nuit")
    {
        var saved = await OkAsync<JsonElement>(await client.PostAsJsonAsync($"{world.Root}/services", ServiceBody(institutionId, name), Ct), HttpStatusCode.Created);
        return (saved.GetProperty("id").GetGuid(), saved.GetProperty("version").GetGuid());
    }

    public static async Task<Guid> AddAsync(this HttpClient client, DirectoryWorld world, Guid serviceId, string what, object body)
    {
        var added = await OkAsync<JsonElement>(await client.PostAsJsonAsync($"{world.Root}/services/{serviceId}/{what}", body, Ct), HttpStatusCode.Created);
        return added.GetProperty("id").GetGuid();
    }

    /// <summary>Counts of the directory's rows for a partnership, to prove a refusal saved nothing.</summary>
    public static Task<string> DirectoryStateAsync(this AppFactory app, Guid partnershipId) => app.WithDbAsync(async db => string.Join(",",
        await db.Set<DirectoryService>().CountAsync(s => s.PartnershipId == partnershipId, Ct),
        await db.Set<Competence>().CountAsync(s => s.PartnershipId == partnershipId, Ct),
        await db.Set<PresenceSlot>().CountAsync(s => s.PartnershipId == partnershipId, Ct),
        await db.Set<OnCallShift>().CountAsync(s => s.PartnershipId == partnershipId, Ct),
        string.Join(";", await db.Set<DirectoryService>().Where(s => s.PartnershipId == partnershipId).Select(s => s.Version).ToListAsync(Ct))));
}
