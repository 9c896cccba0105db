using System.Net.Http.Json;
using Coprod.Web.Modules.Events.Domain;
using Coprod.Web.Modules.Events.Features;
using Coprod.Web.Modules.Partnerships.Domain;
using Microsoft.Extensions.DependencyInjection;
using static Coprod.IntegrationTests.ApiAssert;
using static Coprod.IntegrationTests.Modules.Events.RoutingTestData;

namespace Coprod.IntegrationTests.Modules.Events;

/// <summary>EVT-3 escalation and the EVT-2 daily digest, one pass at a time with explicit times.</summary>
public sealed class EscalationTests(AppFactory app)
{
    private async Task<int> RunAsync<THandler>(Func<THandler, Task<int>> run) where THandler : notnull
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await run(scope.ServiceProvider.GetRequiredService<THandler>());
    }

    private async Task<(EventsWorld World, Coprod.Web.Platform.Auth.CoprodUser Coordinator)> WorldWithMailedCoordinatorAsync()
    {
        var world = await EventsWorld.CreateAsync(app);
        var coordinator = await app.CreateUserAsync();
        await app.GrantAsync(coordinator, world.Partnership, PartnershipRole.Coordinateur, world.Commune.Id);
        return (world, coordinator);
    }

    [Fact]
    public async Task Escalation_RunTwiceAtOnce_ClaimsEachDeliveryOnce_AndMailsTheCoordinatorOnce()
    {
        var (world, coordinator) = await WorldWithMailedCoordinatorAsync();
        await world.RuleOkAsync(Rule([world.PoliceMunicipale.Id, world.Commune.Id]));
        var eventId = (await world.ReportOkAsync(world.Mediator)).Id();
        await world.Police.PostAsJsonAsync($"{world.Base}/{eventId}/ack", new { }, Ct);
        var later = DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.AddMinutes(11).ToUnixTimeSeconds());

        await RunAsync((EscalateDeliveries.Handler h) => h.RunOnceAsync(DateTimeOffset.UtcNow.AddMinutes(5), Ct));
        Assert.Null((await world.DeliveriesAsync(eventId))[world.Commune.Id].EscalatedAt);
        await Task.WhenAll(
            RunAsync((EscalateDeliveries.Handler h) => h.RunOnceAsync(later, Ct)),
            RunAsync((EscalateDeliveries.Handler h) => h.RunOnceAsync(later, Ct)));

        var deliveries = await world.DeliveriesAsync(eventId);
        Assert.Equal(later, deliveries[world.Commune.Id].EscalatedAt);
        Assert.Null(deliveries[world.PoliceMunicipale.Id].EscalatedAt);
        var mail = Assert.Single(app.MailsTo(coordinator.Email!));
        Assert.Contains("non pris en compte", mail.Subject);
        Assert.Contains("Rodéo", mail.TextBody);
        await RunAsync((EscalateDeliveries.Handler h) => h.RunOnceAsync(later.AddMinutes(1), Ct));
        Assert.Single(app.MailsTo(coordinator.Email!));
        var escalations = await OkAsync<System.Text.Json.JsonElement>(await world.Coordinator.GetAsync($"{world.Base}/escalations", Ct));
        Assert.Equal(world.Commune.Id, Assert.Single(escalations.EnumerateArray()).GetProperty("delivery").GetProperty("institutionId").GetGuid());
    }

    [Fact]
    public async Task Digest_MailsTheInstitutionsMembersOnce_AndMarksTheDeliveriesSent()
    {
        var world = await EventsWorld.CreateAsync(app);
        var officer = await app.CreateUserAsync();
        await app.GrantAsync(officer, world.Partnership, PartnershipRole.Agent, world.PoliceMunicipale.Id);
        await world.RuleOkAsync(Rule([world.PoliceMunicipale.Id], mode: "Digest"));
        var eventId = (await world.ReportOkAsync(world.Mediator, EventsWorld.Report("tags", "Faible", "Tags sur le mur de l'école."))).Id();

        await RunAsync((SendDigests.Handler h) => h.RunOnceAsync(DateTimeOffset.UtcNow.AddSeconds(1), Ct));
        await RunAsync((SendDigests.Handler h) => h.RunOnceAsync(DateTimeOffset.UtcNow.AddSeconds(2), Ct));

        var mail = Assert.Single(app.MailsTo(officer.Email!));
        Assert.Contains("récapitulatif", mail.Subject);
        Assert.Contains("Tags sur le mur de l'école.", mail.TextBody);
        var delivery = (await world.DeliveriesAsync(eventId))[world.PoliceMunicipale.Id];
        Assert.Equal(DeliveryMode.Digest, delivery.Mode);
        Assert.NotNull(delivery.DigestSentAt);
        Assert.Null(delivery.EscalatedAt);
    }
}
