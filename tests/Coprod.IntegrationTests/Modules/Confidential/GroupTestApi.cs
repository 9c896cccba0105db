using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Coprod.Web.Modules.Confidential.Domain;
using Coprod.Web.Modules.Confidential.Features;
using Coprod.Web.Platform.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Coprod.IntegrationTests.ApiAssert;

namespace Coprod.IntegrationTests.Modules.Confidential;

/// <summary>Calls and checks shared by the tests of groups, coordinations and the register.</summary>
public static class GroupTestApi
{
    public static string Base(this ConfidentialWorld world) => $"/api/v1/partnerships/{world.Partnership.Id}/confidential";

    public static string Admin(this ConfidentialWorld world, Guid? groupId = null) =>
        world.Base() + "/administration/groups" + (groupId is { } g ? $"/{g}" : "");

    public static HttpClient CoordinatorClient(this ConfidentialWorld world) => world.App.ClientFor(world.Coordinator.Id);

    public static object Charter(string purpose = "Prévenir le décrochage scolaire des mineurs du quartier", string[]? categories = null, string[]? rules = null,
        int archiveYears = 2) =>
        new { purpose, categories = categories ?? ["Identity", "Schooling"], rules = rules ?? ["Ne partager que le strict nécessaire."], archiveYears };

    public static object NewGroup(string channel = "WorkingGroup", string name = "Cellule décrochage", object? charter = null, Guid? coordinatorUserId = null) =>
        new { channel, name, purpose = "Suivre les jeunes en décrochage", territory = "Quartier des Pins", charter = charter ?? Charter(), coordinatorUserId };

    public static async Task<JsonElement> CreateGroupAsync(this ConfidentialWorld world, object group, HttpClient? client = null) =>
        await OkAsync<JsonElement>(await (client ?? world.CoordinatorClient()).PostAsJsonAsync(world.Admin(), group, Ct), HttpStatusCode.Created);

    /// <summary>The group as its managers see it (read in the database with the API's reader).</summary>
    public static async Task<JsonElement> ManagedAsync(this ConfidentialWorld world, Guid groupId) =>
        await OkAsync<JsonElement>(await world.CoordinatorClient().GetAsync(world.Admin(groupId), Ct));

    public static Task<ConfidentialAccess.Seat?> SeatAsync(this ConfidentialWorld world, Guid userId, Guid? groupId = null) =>
        world.App.WithDbAsync(async _ =>
        {
            await using var scope = world.App.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<ConfidentialAccess>()
                .SeatAsync(world.Partnership.Id, groupId ?? world.Group.Id, userId, CancellationToken.None);
        });

    public static Task<List<AuditRecord>> AuditAsync(this ConfidentialWorld world, AuditEventType type) =>
        world.App.WithDbAsync(db => db.Set<AuditRecord>().AsNoTracking().Where(r => r.PartnershipId == world.Partnership.Id && r.Type == type).ToListAsync());

    public static Task<int> CountAsync<T>(this ConfidentialWorld world) where T : class =>
        world.App.WithDbAsync(db => db.Set<T>().CountAsync());

    public static Task<int> GroupsAsync(this ConfidentialWorld world) =>
        world.App.WithDbAsync(db => db.Set<ConfidentialGroup>().CountAsync(g => g.PartnershipId == world.Partnership.Id));

    /// <summary>The 404 of the module: the same body for what is missing and what is out of reach.</summary>
    public static async Task NotFoundAsync(HttpResponseMessage response)
    {
        var body = await ProblemAsync(response, HttpStatusCode.NotFound);
        Assert.Equal("Introuvable, ou vous n’y avez pas accès.", body.GetProperty("detail").GetString());
    }
}
