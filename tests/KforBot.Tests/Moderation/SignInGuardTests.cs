using System.Diagnostics;
using System.Net;

namespace KforBot.Tests.Moderation;

/// <summary>Sign-in against guessing: the same answers for every name, locks by address, a limit by address.</summary>
public sealed class SignInGuardTests
{
    private const string Attacker = "203.0.113.7";
    private const string Office = "198.51.100.20";

    [Fact]
    public async Task UnknownName_LocksLikeAKnownOne_WithTheSameWords()
    {
        await using var site = await ModerationSiteHarness.StartAsync([]);
        using var client = site.Client(address: Attacker);

        var known = await FailThriceThenTryAsync(client, ModerationSiteHarness.Moderator);
        var unknown = await FailThriceThenTryAsync(client, "mallory");

        Assert.Equal(known.Select(r => r.Status), unknown.Select(r => r.Status));
        Assert.Equal(known.Select(r => r.Problem), unknown.Select(r => r.Problem));
        Assert.Equal("The name or the password is wrong.", known[0].Problem);
        Assert.Contains("locked until 15:15 UTC", known[^1].Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HugeName_IsRefusedAndLockedLikeAnyOther()
    {
        await using var site = await ModerationSiteHarness.StartAsync([]);
        using var client = site.Client(address: Attacker);

        var replies = await FailThriceThenTryAsync(client, new string('n', 20_000));

        Assert.All(replies, r => Assert.Equal(HttpStatusCode.Unauthorized, r.Status));
        Assert.Equal("The name or the password is wrong.", replies[0].Problem);
        Assert.Contains("locked until 15:15 UTC", replies[^1].Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LockCausedFromAnotherAddress_LetsTheRightPasswordIn_AndHoldsTheAddressThatCausedIt()
    {
        await using var site = await ModerationSiteHarness.StartAsync([]);
        using var attacker = site.Client(address: Attacker);
        using var moderator = site.Client(address: Office);
        await FailThriceThenTryAsync(attacker, ModerationSiteHarness.Moderator);

        var fromOffice = await ModerationSiteHarness.SignInAsync(moderator, ModerationSiteHarness.Moderator, ModerationSiteHarness.Password);
        var fromAttacker = await ModerationSiteHarness.SignInAsync(attacker, ModerationSiteHarness.Moderator, ModerationSiteHarness.Password);

        Assert.Equal(HttpStatusCode.Redirect, fromOffice.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await moderator.GetAsync("/")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, fromAttacker.StatusCode);
    }

    [Fact]
    public async Task WrongPasswordFromANewAddressDuringALock_HoldsThatAddressToo()
    {
        await using var site = await ModerationSiteHarness.StartAsync([]);
        using var attacker = site.Client(address: Attacker);
        using var second = site.Client(address: "203.0.113.8");
        await FailThriceThenTryAsync(attacker, ModerationSiteHarness.Moderator);

        var guess = await ModerationSiteHarness.SignInAsync(second, ModerationSiteHarness.Moderator, "another guess");
        var right = await ModerationSiteHarness.SignInAsync(second, ModerationSiteHarness.Moderator, ModerationSiteHarness.Password);

        Assert.Contains("locked until 15:15 UTC", await right.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, guess.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, right.StatusCode);
    }

    [Fact]
    public async Task Lockout_IsLoggedOnce_NotAtEveryAttemptItRefuses()
    {
        await using var site = await ModerationSiteHarness.StartAsync([]);
        using var client = site.Client(address: Attacker);

        await FailThriceThenTryAsync(client, ModerationSiteHarness.Moderator);
        await ModerationSiteHarness.SignInAsync(client, ModerationSiteHarness.Moderator, "yet another");
        await ModerationSiteHarness.SignInAsync(client, ModerationSiteHarness.Moderator, "and another");

        var lockouts = site.Logs.GetSnapshot().Where(r => r.Id.Id == 1203).ToList();
        var line = Assert.Single(lockouts);
        Assert.Contains(Attacker, line.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task KnownUnknownAndLockedNames_TakeAsLongToRefuse()
    {
        await using var site = await ModerationSiteHarness.StartAsync([], settings: new Dictionary<string, string?> { ["Moderation:SignInAttemptsPerMinute"] = "1000" });
        using var client = site.Client(address: Attacker);
        await FailThriceThenTryAsync(client, "locked-name");

        var locked = await MedianAsync(() => ModerationSiteHarness.SignInAsync(client, "locked-name", "a wrong password"), unlock: null);
        var known = await MedianAsync(() => ModerationSiteHarness.SignInAsync(client, ModerationSiteHarness.Moderator, "a wrong password"), unlock: site);
        var unknown = await MedianAsync(() => ModerationSiteHarness.SignInAsync(client, "nobody-by-this-name", "a wrong password"), unlock: site);

        // Each refusal checks one password hash (tens of milliseconds); without that a locked or unknown name answered
        // in about one. A factor of three is far outside noise on a busy machine and far inside the old gap.
        Assert.InRange(unknown / known, 0.33, 3);
        Assert.InRange(locked / known, 0.33, 3);
    }

    [Fact]
    public async Task SignInAttempts_AreLimitedByClientAddress_WhateverTheNames()
    {
        await using var site = await ModerationSiteHarness.StartAsync([], settings: new Dictionary<string, string?> { ["Moderation:SignInAttemptsPerMinute"] = "3" });
        using var attacker = site.Client(address: Attacker);
        using var moderator = site.Client(address: Office);

        foreach (var name in new[] { "anna", "bert", "carl" })
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await ModerationSiteHarness.SignInAsync(attacker, name, "guess")).StatusCode);
        }

        var fourth = await ModerationSiteHarness.SignInAsync(attacker, "dora", "guess");
        var office = await ModerationSiteHarness.SignInAsync(moderator, ModerationSiteHarness.Moderator, ModerationSiteHarness.Password);

        Assert.Equal(HttpStatusCode.TooManyRequests, fourth.StatusCode);
        Assert.Contains("Too many sign-in attempts came from your address", await fourth.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, office.StatusCode);
    }

    /// <summary>Three wrong passwords (the harness locks at three), then the right one: each reply's status and problem.</summary>
    private static async Task<List<(HttpStatusCode Status, string Problem)>> FailThriceThenTryAsync(HttpClient client, string name)
    {
        var replies = new List<(HttpStatusCode, string)>();
        foreach (var password in new[] { "wrong one", "wrong two", "wrong three", ModerationSiteHarness.Password })
        {
            var response = await ModerationSiteHarness.SignInAsync(client, name, password);
            replies.Add((response.StatusCode, Problem(await response.Content.ReadAsStringAsync())));
        }

        return replies;
    }

    private static string Problem(string html)
    {
        var start = html.IndexOf("role=\"alert\">", StringComparison.Ordinal);
        return start < 0 ? string.Empty : WebUtility.HtmlDecode(html[(start + 13)..html.IndexOf("</p>", start, StringComparison.Ordinal)]);
    }

    /// <summary>The median time of seven sign-ins; with <paramref name="unlock"/>, the clock moves past the lock window between them so the name never locks.</summary>
    private static async Task<double> MedianAsync(Func<Task<HttpResponseMessage>> signIn, ModerationSiteHarness? unlock)
    {
        var times = new List<double>();
        for (var i = 0; i < 7; i++)
        {
            if (unlock is not null)
            {
                unlock.Clock.Advance(TimeSpan.FromMinutes(16));
            }

            var watch = Stopwatch.StartNew();
            var response = await signIn();
            times.Add(watch.Elapsed.TotalMilliseconds);
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        }

        return times.Order().ElementAt(times.Count / 2);
    }
}
