using System.Globalization;
using System.Text.Json;
using Coprod.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace Coprod.BrowserTests.Pages;

/// <summary>
/// EVT-5 and VEI-3 in the interface: the coordinator's events map with no tile server configured — area
/// outlines and clustered points on a plain background — with the hotspot layer and its legend, filtered by
/// category; and the same page on a phone, map above list.
/// </summary>
public sealed class EventsMapTests(BrowserHost host) : BrowserTest(host)
{
    [BrowserFact]
    public async Task Coordinator_SeesOutlinesAndClusters_ShowsTheHotspots_AndFiltersByCategory()
    {
        await SignInAsync(DemoAccounts.Coordinator);
        var metropole = await Host.PartnershipIdAsync(DemoAccounts.Metropole);
        await SeedEventsAsync(Page, metropole);
        await Blazor.GotoInteractiveAsync(Page, $"p/{metropole}/evenements");
        await Expect(Page.Locator("h1")).ToHaveTextAsync("Carte et liste des événements");

        var map = Page.Locator("[data-testid=events-map]");
        await Expect(map.Locator(".leaflet-overlay-pane path").First).ToBeVisibleAsync();
        await Expect(map.Locator(".events-cluster").First).ToBeVisibleAsync();
        Assert.Equal(0, await map.Locator(".leaflet-tile").CountAsync());
        var summary = Page.Locator("[data-testid=events-summary]");
        await Expect(summary).ToContainTextAsync(await SummaryAsync(Page, metropole, ""));
        await Expect(summary).ToContainTextAsync("ne sont placés que par leur commune ou leur quartier");
        await Expect(Page.Locator("[data-testid=events-list-item]").First).ToBeVisibleAsync();
        await Axe.AssertAccessibleAsync(Page);

        await Page.Locator("[data-testid=layer-hotspots]").CheckAsync();
        var legend = Page.Locator("[data-testid=layer-legend]");
        await Expect(legend).ToContainTextAsync("Points chauds et froids (Getis-Ord Gi*)");
        await Expect(legend).ToContainTextAsync("Point chaud, confiance 99 %");
        await Expect(map.Locator(".leaflet-analysis-pane path").First).ToBeAttachedAsync();
        await Axe.AssertAccessibleAsync(Page);

        await Page.Locator("[data-testid=filter-categories]").GetByLabel("Incendie").CheckAsync();
        await Page.Locator("[data-testid=filter-apply]").ClickAsync();
        await Expect(summary).ToContainTextAsync(await SummaryAsync(Page, metropole, "&category=incendie"));
        await Expect(Page.Locator("[data-testid=events-list]")).Not.ToContainTextAsync("Rodéo");

        // The fires (the six seeded here among the demo's year) are clustered; Enter on a cluster zooms in.
        var markers = map.Locator(".events-cluster, .events-point");
        var cluster = map.Locator(".events-cluster").First;
        await Expect(cluster).ToBeVisibleAsync();
        var zoom = await map.GetAttributeAsync("data-zoom");
        await cluster.FocusAsync();
        await Page.Keyboard.PressAsync("Enter");
        await Expect(map).Not.ToHaveAttributeAsync("data-zoom", zoom ?? "");
        await Expect(markers.First).ToBeVisibleAsync();

        await Page.Locator("[data-testid=events-list-item] a").First.ClickAsync();
        await Expect(Page.Locator("h1")).ToHaveTextAsync("Incendie (véhicule, poubelle, local)");
        await Expect(Page.Locator("[data-testid=event-facts]")).ToBeVisibleAsync();
        await Axe.AssertAccessibleAsync(Page);
    }

    /// <summary>Twenty rodeos in the Village 2 QPV, six fires in Villeneuve, two tags placed by their commune only.</summary>
    private static async Task SeedEventsAsync(IPage page, Guid partnershipId)
    {
        var occurred = DateTimeOffset.UtcNow.AddDays(-2);
        var events = new List<object>();
        for (var i = 0; i < 20; i++)
        {
            events.Add(new
            {
                category = "rodeo",
                severity = "Grave",
                occurredAt = occurred.AddMinutes(-i),
                commune = "38151",
                longitude = 5.7060 + i % 5 * 0.0002,
                latitude = 45.1390 + i / 5 * 0.0002
            });
        }
        for (var i = 0; i < 6; i++)
        {
            events.Add(new
            {
                category = "incendie",
                severity = "Moyenne",
                occurredAt = occurred.AddHours(-i),
                commune = "38185",
                longitude = 5.7370 + i * 0.0003,
                latitude = 45.1610
            });
        }
        events.Add(new { category = "tags", severity = "Faible", occurredAt = occurred, commune = "38151" });
        events.Add(new { category = "tags", severity = "Faible", occurredAt = occurred, commune = "38185" });
        var response = await page.APIRequest.PostAsync($"api/v1/partnerships/{partnershipId}/events/batch", new APIRequestContextOptions { DataObject = new { events } });
        Assert.True(response.Status == 201, await response.TextAsync());
    }

    /// <summary>The summary the page must show for the page's default period (the last 90 days) and a filter, from the API.</summary>
    private static async Task<string> SummaryAsync(IPage page, Guid partnershipId, string filter)
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris")).DateTime);
        var url = $"api/v1/partnerships/{partnershipId}/events/points?from={today.AddDays(-89):yyyy-MM-dd}&to={today:yyyy-MM-dd}{filter}";
        var body = JsonDocument.Parse(await (await page.APIRequest.GetAsync(url)).TextAsync()).RootElement;
        var (count, withoutPoint) = (body.GetProperty("count").GetInt32(), body.GetProperty("withoutPoint").GetInt32());
        var french = CultureInfo.GetCultureInfo("fr-FR");
        return $"{(count + withoutPoint).ToString("N0", french)} événements, {withoutPoint.ToString("N0", french)} sans point";
    }
}

/// <summary>The events map on a phone: map above list, no horizontal scrolling, accessible.</summary>
public sealed class EventsMapOnPhoneTests(BrowserHost host) : BrowserTest(host)
{
    protected override ViewportSize Viewport => new() { Width = 390, Height = 844 };

    [BrowserFact]
    public async Task MapPage_OnPhone_PutsTheMapAboveTheList_WithoutHorizontalScrolling()
    {
        await SignInAsync(DemoAccounts.Coordinator);
        var echirolles = await Host.PartnershipIdAsync(DemoAccounts.Echirolles);
        await Blazor.GotoInteractiveAsync(Page, $"p/{echirolles}/evenements");
        var map = Page.Locator("[data-testid=events-map]");
        await Expect(map.Locator(".leaflet-overlay-pane path").First).ToBeVisibleAsync();
        await Expect(Page.Locator("[data-testid=events-summary]")).ToContainTextAsync("sans point");

        var mapBox = await map.BoundingBoxAsync();
        var listBox = await Page.Locator("#events-list-title").BoundingBoxAsync();
        Assert.True(mapBox!.Y + mapBox.Height <= listBox!.Y, $"the list ({listBox.Y}) should come below the map ({mapBox.Y} + {mapBox.Height})");
        var widths = await Page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        Assert.True(widths[0] <= widths[1], $"The page is wider than the screen: {widths[0]} > {widths[1]}");
        await Axe.AssertAccessibleAsync(Page);
    }
}
