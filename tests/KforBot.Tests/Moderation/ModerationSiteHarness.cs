using System.Net;
using System.Text.RegularExpressions;
using KforBot.Log;
using KforBot.Log.Storage;
using KforBot.Moderation;
using KforBot.Moderation.Accounts;
using KforBot.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;

namespace KforBot.Tests.Moderation;

/// <summary>
/// The moderators' site over a real log file and account file in a temp folder: in memory (TestServer) for HTTP
/// tests, or on a real port of 127.0.0.1 for a browser. One moderator, "maria", is there from the start.
/// </summary>
internal sealed partial class ModerationSiteHarness : IAsyncDisposable
{
    public const string Moderator = "maria";
    public const string Password = "correct horse battery";

    /// <summary>The request header that gives the in-memory server's request a client address.</summary>
    public const string ClientAddressHeader = "X-Test-Client-Address";

    /// <summary>"Today" for the site: entries recorded this day count in the counts at the top.</summary>
    public static readonly DateTimeOffset Now = new(2025, 3, 12, 15, 0, 0, TimeSpan.Zero);

    private readonly TempFolder _folder = new();
    private WebApplication? _app;

    private ModerationSiteHarness()
    {
    }

    public FakeTimeProvider Clock { get; } = new(Now);

    public string LogPath => _folder.Combine("data", "log.db");

    public string AccountsPath => _folder.Combine("data", "moderators.db");

    public WebApplication App => _app!;

    public string BaseAddress => App.Urls.First();

    /// <summary>Every log line the site wrote.</summary>
    public FakeLogCollector Logs => Get<FakeLogCollector>();

    public T Get<T>()
        where T : notnull => App.Services.GetRequiredService<T>();

    /// <summary>Starts the site with the given log entries; <paramref name="realPort"/> serves it on 127.0.0.1 for a browser.</summary>
    /// <param name="configure">Adds or replaces services (an index, settings) before the site is built.</param>
    /// <param name="map">Maps endpoints of the test's own beside the site's (one that fails, say).</param>
    /// <param name="settings">Settings over the harness's own.</param>
    public static async Task<ModerationSiteHarness> StartAsync(
        IEnumerable<InteractionEntry> entries,
        bool realPort = false,
        Action<IServiceCollection>? configure = null,
        Action<WebApplication>? map = null,
        IDictionary<string, string?>? settings = null)
    {
        var harness = new ModerationSiteHarness();
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [], ContentRootPath = harness._folder.Path });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Log:Path"] = harness.LogPath,
            ["Moderation:AccountsPath"] = harness.AccountsPath,
            ["Moderation:LockoutFailures"] = "3",
            ["Moderation:PageSize"] = "5",
        });
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        builder.Logging.ClearProviders();
        builder.Logging.AddFakeLogging();
        builder.Services.AddSingleton<TimeProvider>(harness.Clock);
        builder.Services.AddInteractionLogFile();
        builder.Services.AddModerationSite();
        configure?.Invoke(builder.Services);
        if (realPort)
        {
            builder.WebHost.UseUrls("http://127.0.0.1:0");
        }
        else
        {
            builder.WebHost.UseTestServer();
        }

        harness._app = builder.Build();
        if (!realPort)
        {
            // The in-memory server has no client address: a test names one in ClientAddressHeader.
            harness._app.Use((context, next) =>
            {
                if (IPAddress.TryParse(context.Request.Headers[ClientAddressHeader], out var address))
                {
                    context.Connection.RemoteIpAddress = address;
                }

                return next(context);
            });
        }

        harness._app.UseModerationSite();
        map?.Invoke(harness._app);
        await harness.Get<IInteractionStore>().ApplyAsync([.. entries.Select(e => new LogChange.Add(e))], CancellationToken.None);
        await harness.Get<ModeratorAccounts>().AddAsync(Moderator, Password, CancellationToken.None);
        await harness._app.StartAsync();
        return harness;
    }

    /// <summary>A client that keeps cookies and does not follow redirects (the tests look at them).</summary>
    public HttpClient Client(CookieContainer? cookies = null, string? address = null)
    {
        var handler = new CookieKeeper(App.GetTestServer().CreateHandler(), cookies ?? new CookieContainer());
        var client = new HttpClient(handler) { BaseAddress = new Uri("http://localhost") };
        if (address is not null)
        {
            client.DefaultRequestHeaders.Add(ClientAddressHeader, address);
        }

        return client;
    }

    /// <summary>A client signed in as <see cref="Moderator"/>.</summary>
    public async Task<HttpClient> SignedInClientAsync(CookieContainer? cookies = null)
    {
        var client = Client(cookies);
        var response = await SignInAsync(client, Moderator, Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    public static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string name, string password, string returnUrl = "")
    {
        var token = FormToken(await client.GetStringAsync("/sign-in"));
        return await client.PostAsync("/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["name"] = name,
            ["password"] = password,
            ["returnUrl"] = returnUrl,
            ["__RequestVerificationToken"] = token,
        }));
    }

    /// <summary>The anti-forgery token of the first form on the page.</summary>
    public static string FormToken(string html) =>
        WebUtility.HtmlDecode(TokenField().Match(html) is { Success: true } match ? match.Groups[1].Value : throw new InvalidOperationException("The page has no form token."));

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        _folder.Dispose();
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();

    /// <summary>Keeps the cookies the site sets, as a browser would, for the in-memory server's client.</summary>
    private sealed class CookieKeeper(HttpMessageHandler inner, CookieContainer cookies) : DelegatingHandler(inner)
    {
        private readonly CookieContainer _cookies = cookies;

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var header = _cookies.GetCookieHeader(request.RequestUri!);
            if (header.Length > 0)
            {
                request.Headers.Add("Cookie", header);
            }

            var response = await base.SendAsync(request, cancellationToken);
            if (response.Headers.TryGetValues("Set-Cookie", out var cookies))
            {
                foreach (var cookie in cookies)
                {
                    _cookies.SetCookies(request.RequestUri!, cookie);
                }
            }

            return response;
        }
    }
}

/// <summary>Log entries for the site's tests.</summary>
internal static class Conversations
{
    public static InteractionEntry Answered(string id, DateTimeOffset at, string question, Feedback? feedback = null, ModerationStatus status = ModerationStatus.New) =>
        new(id, at, LogChannel.Telegram, "private", "user-" + id, null, question, false, null, [],
            [
                new LoggedPassage("us-soldiers", 3, 2.5) { Text = SoldiersText, Title = "American soldiers in KFOR", Outlet = "Example News", Published = new DateOnly(2025, 3, 1), Url = new Uri("https://news.example/us-soldiers") },
                new LoggedPassage("rutte-visit", 0, 1.25) { Text = "Rutte visited Camp Film City.", Title = "Rutte visits Kosovo", Outlet = "Example Wire" },
            ],
            "g7",
            12.5)
        { Feedback = feedback, Status = status };

    /// <summary>The text of the first passage every answered sample quoted.</summary>
    public const string SoldiersText = "About 600 American soldiers serve in KFOR, most of them at Camp Bondsteel.";

    public static InteractionEntry Refused(string id, DateTimeOffset at, string question, string term, Feedback? feedback = null, ModerationStatus status = ModerationStatus.New) =>
        new(id, at, LogChannel.Telegram, "group", "user-" + id, null, question, true, $"None of my 5 articles mentions “{term}”.", [term], [], "g7", 8.25)
        { Feedback = feedback, Status = status };

    /// <summary>
    /// Seven conversations over three days: four answered, three refused (one of them voted down, one flagged), one question
    /// that tries to run a script.
    /// </summary>
    public static IReadOnlyList<InteractionEntry> Sample()
    {
        var today = ModerationSiteHarness.Now;
        return
        [
            Answered("a1", today.AddDays(-2), "How many US soldiers are in Kosovo?", Feedback.Up),
            Refused("r1", today.AddDays(-2), "What is the weather in Pristina?", "weather", Feedback.Down),
            Answered("a2", today.AddDays(-1), "When did Rutte visit KFOR?", status: ModerationStatus.Reviewed),
            Refused("r2", today.AddDays(-1), "Who won the football match?", "football", status: ModerationStatus.Flagged),
            Answered("a3", today.AddHours(-3), "<script>alert('x')</script> Where is Camp Bondsteel?", Feedback.Down),
            Refused("r3", today.AddHours(-2), "Is the weather good for KFOR patrols?", "weather"),
            Answered("a4", today.AddHours(-1), "Which countries send soldiers to KFOR?", Feedback.Up),
        ];
    }
}
