using Coprod.BrowserTests.Infrastructure;

namespace Coprod.BrowserTests.Pages;

/// <summary>The scripts and styles every page needs are served in the Testing environment too.</summary>
public sealed class AssetTests(BrowserHost host) : BrowserTest(host)
{
    [BrowserFact]
    public async Task FrameworkAndMudBlazorAssets_Anonymous_AreServed()
    {
        foreach (var path in new[] { "_framework/blazor.web.js", "_content/MudBlazor/MudBlazor.min.css", "_content/MudBlazor/MudBlazor.min.js" })
        {
            var response = await Page.APIRequest.GetAsync(path);
            Assert.True(response.Ok, $"{path}: {response.Status}");
        }
    }
}
