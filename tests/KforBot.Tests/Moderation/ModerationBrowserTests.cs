using KforBot.Log;
using KforBot.Log.Output;
using System.Text.RegularExpressions;
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
        await using var browser = await LaunchChromiumAsync(playwright);
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { AcceptDownloads = true, ViewportSize = new ViewportSize { Width = 1200, Height = 900 } });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(60_000);
        Assertions.SetDefaultExpectTimeout(60_000);

        await SignInAsync(page, site);
        await page.WaitForSelectorAsync("h1:has-text('Conversations')");

        await page.SelectOptionAsync("select[name=outcome]", "refused");
        await page.ClickAsync("button:has-text('Filter')");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("outcome=refused"));
        await Assertions.Expect(page.Locator("table.conversations tbody tr")).ToHaveCountAsync(3);
        await Assertions.Expect(page.Locator("table.conversations .badge.refused")).ToHaveCountAsync(3);

        await page.ClickAsync("a:has-text('Is the weather good for KFOR patrols?')");
        await Assertions.Expect(page.Locator("blockquote.reason")).ToContainTextAsync("None of my 5 articles mentions “weather”.");
        await page.FillAsync("#note", "Needs an article on weather and patrols.");
        await page.ClickAsync("button:has-text('Mark reviewed')");
        await Assertions.Expect(page.Locator("p.notice")).ToContainTextAsync("Marked reviewed.");
        await Assertions.Expect(page.Locator("#status")).ToHaveTextAsync("reviewed");

        await page.ClickAsync("a:has-text('Back to the list')");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/\?outcome=refused$"));
        var row = page.Locator("table.conversations tbody tr", new PageLocatorOptions { HasText = "Is the weather good for KFOR patrols?" });
        await Assertions.Expect(row.Locator(".badge.status-reviewed")).ToHaveTextAsync("reviewed");
        var screenshot = Path.Combine(AppContext.BaseDirectory, "artifacts", "moderation-list.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot, FullPage = true });

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("a:has-text('Export CSV')"));
        var csv = await File.ReadAllLinesAsync(await download.PathAsync());
        Assert.Equal(EntryCsv.Header, csv[0]);
        Assert.Equal(["r3", "r2", "r1"], csv.Skip(1).Select(line => line.Split(',')[0]));
        Assert.Contains(csv, line => line.StartsWith("r3,", StringComparison.Ordinal) && line.Contains(",reviewed,Needs an article on weather and patrols.,", StringComparison.Ordinal));
        Assert.Equal(ModerationStatus.Reviewed, (await site.Get<KforBot.Log.Storage.InteractionQueries>().FindAsync("r3", CancellationToken.None))!.Status);
        Assert.True(File.Exists(screenshot));

        await page.GotoAsync(site.BaseAddress + "/conversations/a4");
        await Assertions.Expect(page.Locator("ol.passages li").First.Locator("blockquote.passage")).ToHaveTextAsync(Conversations.SoldiersText);
        await Assertions.Expect(page.Locator("ol.passages li").First.Locator("a")).ToHaveTextAsync("American soldiers in KFOR");
    }

    [ChromiumFact]
    public async Task OnA390PixelPhone_TheListStartsAboveTheFold_AndVotesReadAsWords()
    {
        await using var site = await ModerationSiteHarness.StartAsync(Conversations.Sample(), realPort: true);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await LaunchChromiumAsync(playwright);
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 390, Height = 844 },
            DeviceScaleFactor = 3,
            IsMobile = true,
            HasTouch = true,
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(60_000);

        await SignInAsync(page, site);
        await page.WaitForSelectorAsync("table.conversations");

        var first = await page.Locator("table.conversations tbody tr").First.BoundingBoxAsync();
        Assert.NotNull(first);
        Assert.True(first.Y + first.Height < 844, $"The first conversation ends at {first.Y + first.Height} px, below the fold at 844 px.");
        var text = await page.Locator("body").InnerTextAsync();
        Assert.Contains("voted up", text, StringComparison.Ordinal);
        Assert.DoesNotContain(text.EnumerateRunes(), r => r.Value >= 0x1F000);
        Assert.Equal(390, await page.EvaluateAsync<int>("document.documentElement.scrollWidth"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(AppContext.BaseDirectory, "artifacts", "moderation-list-phone.png") });
    }

    /// <summary>Debian's Chromium, headless (without the sandbox, which needs privileges a container lacks).</summary>
    private static Task<IBrowser> LaunchChromiumAsync(IPlaywright playwright) =>
        playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumFactAttribute.Path,
            Headless = true,
            Args = ["--no-sandbox"],
        });

    /// <summary>Signs in on the site's front page as the harness's moderator.</summary>
    private static async Task SignInAsync(IPage page, ModerationSiteHarness site)
    {
        await page.GotoAsync(site.BaseAddress + "/");
        await page.FillAsync("#name", ModerationSiteHarness.Moderator);
        await page.FillAsync("#password", ModerationSiteHarness.Password);
        await page.ClickAsync("button:has-text('Sign in')");
    }
}
