using System.Net;
using KforBot.Log;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace KforBot.Tests.Moderation;

/// <summary>What the site answers when something is wrong: error pages, headers on them, addresses it will not follow.</summary>
public sealed class ModerationErrorTests
{
    [Fact]
    public async Task RejectedForm_GetsAPageThatSaysWhatHappenedAndLinksBack_WithTheSecurityHeaders()
    {
        await using var site = await ModerationSiteHarness.StartAsync(Conversations.Sample());
        using var client = await site.SignedInClientAsync();

        var response = await client.PostAsync("/conversations/r1", new FormUrlEncodedContent(new Dictionary<string, string> { ["status"] = "reviewed" }));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("<h1>Form not accepted</h1>", html);
        Assert.Contains("Nothing was changed. Go back, reload the page and try again.", html);
        Assert.Contains("<a href=\"/\">Back to the conversations</a>", html);
        AssertSecurityHeaders(response);
    }

    [Fact]
    public async Task ServerFailure_GetsAPageThatSaysWhatHappenedAndLinksBack_WithTheSecurityHeaders()
    {
        await using var site = await ModerationSiteHarness.StartAsync([], map: app =>
            app.MapGet("/fails", (HttpContext context) =>
            {
                context.Response.Headers["X-Half-Written"] = "yes";
                throw new InvalidOperationException("The log file vanished.");
            }).AllowAnonymous());
        using var client = site.Client();

        var response = await client.GetAsync("/fails");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("<h1>Something went wrong</h1>", html);
        Assert.Contains("<a href=\"/\">Back to the conversations</a>", html);
        Assert.DoesNotContain("vanished", html);
        AssertSecurityHeaders(response);
        Assert.False(response.Headers.Contains("X-Half-Written"));
    }

    [Fact]
    public async Task UnknownPage_GetsANotFoundPage_WithTheSecurityHeaders()
    {
        await using var site = await ModerationSiteHarness.StartAsync([]);
        using var client = await site.SignedInClientAsync();

        var response = await client.GetAsync("/no/such/page");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("There is no such page on this site.", await response.Content.ReadAsStringAsync());
        AssertSecurityHeaders(response);
    }

    [Theory]
    [InlineData("/\t/evil.example", "/")]
    [InlineData("/\n/evil.example", "/")]
    [InlineData("/\r\n/evil.example", "/")]
    [InlineData("//evil.example", "/")]
    [InlineData("/\\evil.example", "/")]
    [InlineData("https://evil.example/", "/")]
    [InlineData("/conversations/r1?outcome=refused", "/conversations/r1?outcome=refused")]
    public async Task ReturnUrl_AfterAValidSignIn_IsFollowedOnlyWhenItIsAPlainPathOfThisSite(string returnUrl, string expected)
    {
        await using var site = await ModerationSiteHarness.StartAsync(Conversations.Sample());
        using var client = site.Client();

        var response = await ModerationSiteHarness.SignInAsync(client, ModerationSiteHarness.Moderator, ModerationSiteHarness.Password, returnUrl);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(expected, response.Headers.Location!.OriginalString);
        AssertSecurityHeaders(response);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
    }

    [Theory]
    [InlineData("/?page=99", "/?page=2")]
    [InlineData("/?outcome=refused&page=5", "/?outcome=refused")]
    [InlineData("/?q=nothing-matches&page=3", "/?q=nothing-matches")]
    public async Task PageBeyondTheLast_GoesToTheLastPage(string asked, string expected)
    {
        await using var site = await ModerationSiteHarness.StartAsync(Conversations.Sample());
        using var client = await site.SignedInClientAsync();

        var response = await client.GetAsync(asked);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(expected, response.Headers.Location!.OriginalString);
        Assert.Contains("<span>Page 2 of 2</span>", await client.GetStringAsync("/?page=2"));
    }

    [Fact]
    public async Task PagesWithForms_LeaveTheAntiforgeryServiceNothingToOverride()
    {
        await using var site = await ModerationSiteHarness.StartAsync(Conversations.Sample());
        var responses = new List<HttpResponseMessage>();
        using (var fresh = site.Client())
        {
            // A browser's first page: the anti-forgery service makes its cookie and sets the cache headers it wants.
            responses.Add(await fresh.GetAsync("/sign-in"));
        }

        using var client = await site.SignedInClientAsync();
        foreach (var page in new[] { "/", "/conversations/r1", "/gaps", "/conversations/next" })
        {
            responses.Add(await client.GetAsync(page));
        }

        Assert.DoesNotContain(site.Logs.GetSnapshot(), r => r.Level >= LogLevel.Warning && r.Category!.Contains("Antiforgery", StringComparison.Ordinal));
        Assert.All(responses, response =>
        {
            Assert.Equal((true, true), (response.Headers.CacheControl!.NoCache, response.Headers.CacheControl.NoStore));
            Assert.Equal("no-cache", response.Headers.Pragma.ToString());
        });
    }

    private static void AssertSecurityHeaders(HttpResponseMessage response)
    {
        Assert.Contains("default-src 'none'", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
    }
}
