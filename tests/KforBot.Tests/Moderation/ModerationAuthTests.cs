using System.Net;
using KforBot.Log;
using KforBot.Log.Storage;
using KforBot.Moderation.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace KforBot.Tests.Moderation;

public sealed class ModerationAuthTests
{
    [Theory]
    [InlineData("GET", "/")]
    [InlineData("GET", "/?outcome=refused")]
    [InlineData("GET", "/conversations/next")]
    [InlineData("GET", "/conversations/r1")]
    [InlineData("GET", "/conversations/no-such-id")]
    [InlineData("GET", "/export.csv")]
    [InlineData("GET", "/export.jsonl")]
    [InlineData("GET", "/gaps")]
    [InlineData("POST", "/conversations/r1")]
    [InlineData("POST", "/sign-out")]
    public async Task Route_WithoutSignIn_RedirectsToSignInAndShowsNothing(string method, string path)
    {
        await using var site = await ModerationSiteHarness.StartAsync(Conversations.Sample());
        using var client = site.Client();

        var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path)
        {
            Content = method == "POST" ? new FormUrlEncodedContent(new Dictionary<string, string> { ["status"] = "reviewed" }) : null,
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/sign-in", response.Headers.Location!.PathAndQuery);
        Assert.DoesNotContain("weather", await response.Content.ReadAsStringAsync());
        Assert.Equal(ModerationStatus.New, (await site.Get<InteractionQueries>().FindAsync("r1", CancellationToken.None))!.Status);
    }

    [Fact]
    public async Task EveryEndpoint_RequiresSignIn_ExceptSignInAndTheStyleSheet()
    {
        await using var site = await ModerationSiteHarness.StartAsync([]);

        var open = site.Get<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is not null || e.Metadata.GetMetadata<IAuthorizeData>() is null)
            .Select(e => $"{string.Join(',', e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? [])} {e.RoutePattern.RawText}")
            .Order(StringComparer.Ordinal);

        Assert.Equal(["GET /sign-in", "GET /site.css", "POST /sign-in"], open);
    }

    [Fact]
    public async Task WrongPassword_IsRefused_AndRepeatedFailuresLockTheAccountForAWhile()
    {
        await using var site = await ModerationSiteHarness.StartAsync(Conversations.Sample());
        using var client = site.Client();

        var wrong = await ModerationSiteHarness.SignInAsync(client, ModerationSiteHarness.Moderator, "not the password");
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Contains("The name or the password is wrong.", await wrong.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/")).StatusCode);

        await ModerationSiteHarness.SignInAsync(client, ModerationSiteHarness.Moderator, "still not it");
        await ModerationSiteHarness.SignInAsync(client, ModerationSiteHarness.Moderator, "third wrong guess");
        var locked = await ModerationSiteHarness.SignInAsync(client, ModerationSiteHarness.Moderator, ModerationSiteHarness.Password);
        Assert.Equal(HttpStatusCode.Unauthorized, locked.StatusCode);
        Assert.Contains("locked until 15:15 UTC", await locked.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/")).StatusCode);

        site.Clock.Advance(TimeSpan.FromMinutes(16));
        var after = await ModerationSiteHarness.SignInAsync(client, ModerationSiteHarness.Moderator, ModerationSiteHarness.Password);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task UnknownName_IsRefusedWithTheSameMessage()
    {
        await using var site = await ModerationSiteHarness.StartAsync([]);
        using var client = site.Client();

        var response = await ModerationSiteHarness.SignInAsync(client, "mallory", ModerationSiteHarness.Password);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("The name or the password is wrong.", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task FormPost_WithoutAntiforgeryToken_IsRejectedAndChangesNothing()
    {
        await using var site = await ModerationSiteHarness.StartAsync(Conversations.Sample());
        using var client = await site.SignedInClientAsync();

        var response = await client.PostAsync("/conversations/r1", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["status"] = "reviewed",
            ["note"] = "forged",
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var entry = await site.Get<InteractionQueries>().FindAsync("r1", CancellationToken.None);
        Assert.Equal((ModerationStatus.New, (string?)null), (entry!.Status, entry.Note));
    }

    [Fact]
    public async Task SignInPost_WithoutAntiforgeryToken_IsRejected()
    {
        await using var site = await ModerationSiteHarness.StartAsync([]);
        using var client = site.Client();

        var response = await client.PostAsync("/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["name"] = ModerationSiteHarness.Moderator,
            ["password"] = ModerationSiteHarness.Password,
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task SignOut_EndsTheSessionOnTheServer_SoACopyOfTheCookieTakenBeforeIsRefused()
    {
        await using var site = await ModerationSiteHarness.StartAsync(Conversations.Sample());
        var cookies = new CookieContainer();
        using var client = await site.SignedInClientAsync(cookies);
        var copy = new CookieContainer();
        copy.Add(cookies.GetAllCookies());
        using var thief = site.Client(copy);
        Assert.Equal(HttpStatusCode.OK, (await thief.GetAsync("/")).StatusCode);

        var token = ModerationSiteHarness.FormToken(await client.GetStringAsync("/"));
        var signOut = await client.PostAsync("/sign-out", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));

        Assert.Equal("/sign-in", signOut.Headers.Location!.OriginalString);
        var after = await thief.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/sign-in", after.Headers.Location!.PathAndQuery);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task RemovedAccount_IsSignedOutAtItsNextRequest()
    {
        await using var site = await ModerationSiteHarness.StartAsync([]);
        using var client = await site.SignedInClientAsync();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);

        await site.Get<ModeratorAccounts>().RemoveAsync(ModerationSiteHarness.Moderator, CancellationToken.None);

        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task Pages_CarrySecurityHeaders_AndTheSignInCookieIsHttpOnlyAndSameSiteStrict()
    {
        await using var site = await ModerationSiteHarness.StartAsync([]);
        using var client = site.Client();
        var token = ModerationSiteHarness.FormToken(await client.GetStringAsync("/sign-in"));
        var response = await client.PostAsync("/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["name"] = ModerationSiteHarness.Moderator,
            ["password"] = ModerationSiteHarness.Password,
            ["__RequestVerificationToken"] = token,
        }));

        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("kforbot-moderation=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
    }
}
