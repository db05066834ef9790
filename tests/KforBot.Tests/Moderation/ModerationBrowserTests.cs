using KforBot.Log;
using KforBot.Log.Output;
using Microsoft.Playwright;

namespace KforBot.Tests.Moderation;

/// <summary>The moderators' site in a real browser (Debian's Chromium, headless), over a real port of 127.0.0.1.</summary>
public sealed class ModerationBrowserTests
{
    [ChromiumFact]
    public async Task Moderator_SignsIn_FiltersRefusals_ReviewsOneWithANote_SeesItInTheList_AndExportsCsv()
    {
        await using var site = await ModerationSiteHarness.StartAsync(Conversations.Sample(), realPort: true);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumFactAttribute.Path,
            Headless = true,
            Args = ["--no-sandbox"],
        });
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { AcceptDownloads = true, ViewportSize = new ViewportSize { Width = 1200, Height = 900 } });
        var page = await context.NewPageAsync();

        await page.GotoAsync(site.BaseAddress + "/");
        await page.FillAsync("#name", ModerationSiteHarness.Moderator);
        await page.FillAsync("#password", ModerationSiteHarness.Password);
        await page.ClickAsync("button:has-text('Sign in')");
        await page.WaitForSelectorAsync("h1:has-text('Conversations')");

        await page.SelectOptionAsync("select[name=outcome]", "refused");
        await page.ClickAsync("button:has-text('Filter')");
        await page.WaitForURLAsync(url => url.Contains("outcome=refused", StringComparison.Ordinal));
        Assert.Equal(3, await page.Locator("table.conversations tbody tr").CountAsync());
        Assert.Equal(3, await page.Locator("table.conversations .badge.refused").CountAsync());

        await page.ClickAsync("a:has-text('Is the weather good for KFOR patrols?')");
        await page.WaitForSelectorAsync("h1:has-text('Conversation')");
        Assert.Contains("None of my 5 articles mentions “weather”.", await page.InnerTextAsync("blockquote.reason"));
        await page.FillAsync("#note", "Needs an article on weather and patrols.");
        await page.ClickAsync("button:has-text('Mark reviewed')");
        await page.WaitForSelectorAsync("p.notice:has-text('Saved: reviewed.')");
        Assert.Equal("reviewed", await page.InnerTextAsync("#status"));

        await page.ClickAsync("a:has-text('Back to the list')");
        await page.WaitForURLAsync("**/?outcome=refused");
        var row = page.Locator("table.conversations tbody tr", new PageLocatorOptions { HasText = "Is the weather good for KFOR patrols?" });
        Assert.Equal("reviewed", await row.Locator(".badge.status-reviewed").InnerTextAsync());
        var screenshot = Path.Combine(AppContext.BaseDirectory, "artifacts", "moderation-list.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot, FullPage = true });

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("a:has-text('Export CSV')"));
        var csv = await File.ReadAllLinesAsync(await download.PathAsync());
        Assert.Equal(EntryCsv.Header, csv[0]);
        Assert.Equal(["r3", "r2", "r1"], csv.Skip(1).Select(line => line.Split(',')[0]));
        Assert.Contains(csv, line => line.StartsWith("r3,", StringComparison.Ordinal) && line.Contains(",reviewed,Needs an article on weather and patrols.,", StringComparison.Ordinal));
        Assert.Equal(ModerationStatus.Reviewed, (await site.Get<KforBot.Log.Storage.InteractionQueries>().FindAsync("r3", CancellationToken.None))!.Status);
        Assert.True(File.Exists(screenshot));
    }
}
