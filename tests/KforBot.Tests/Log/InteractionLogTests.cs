using System.Security.Cryptography;
using System.Text;
using KforBot.Answering;
using KforBot.Log;

namespace KforBot.Tests.Log;

public sealed class InteractionLogTests
{
    [Fact]
    public async Task Record_AnsweredQuestion_EveryFieldIsWrittenAndReadBack()
    {
        await using var log = new LogServices(new Dictionary<string, string?> { ["Log:UserIdSecret"] = "a-test-secret-of-some-length" });
        await log.StartAsync();

        var id = log.Log.Record(Sample.Alice, Sample.Answered(), TimeSpan.FromMilliseconds(12.3456));
        log.Log.RecordFeedback(id, Feedback.Down);
        log.Log.SetNotifyMe(id, "chat-42");
        await log.StopAsync();
        await log.Get<InteractionReviews>().SetStatusAsync(id, ModerationStatus.Flagged, "Check the figure", CancellationToken.None);

        var entry = Assert.Single(await log.AllAsync());
        var expectedUser = Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes("a-test-secret-of-some-length"), Encoding.UTF8.GetBytes("telegram:1001")).AsSpan(0, 16));
        Assert.Equal(id, entry.Id);
        Assert.Equal(LogServices.Start, entry.At);
        Assert.Equal(LogChannel.Telegram, entry.Channel);
        Assert.Equal("private", entry.ChatType);
        Assert.Equal(expectedUser, entry.User);
        Assert.Null(entry.RawUserId);
        Assert.Equal("How many US soldiers are in Kosovo?", entry.Question);
        Assert.False(entry.Refused);
        Assert.Null(entry.Reason);
        Assert.Empty(entry.UncoveredTerms);
        Assert.Equal(
            [
                new LoggedPassage("us-soldiers", 3, 2.5) { Text = "The passage.", Title = "Title", Outlet = "Outlet" },
                new LoggedPassage("rutte-visit", 0, 1.25) { Text = "The passage.", Title = "Title", Outlet = "Outlet" },
            ],
            entry.Passages);
        Assert.Equal("g7", entry.IndexVersion);
        Assert.Equal(12.346, entry.LatencyMs);
        Assert.Equal(Feedback.Down, entry.Feedback);
        Assert.Equal(ModerationStatus.Flagged, entry.Status);
        Assert.Equal("Check the figure", entry.Note);
        Assert.Equal("chat-42", entry.NotifyTo);
        Assert.Null(entry.NowAnswerable);
        Assert.Null(entry.NotifiedAt);
    }

    [Fact]
    public async Task Record_Refusal_KeepsTheReasonAndTheWordsNoArticleCovered()
    {
        await using var log = new LogServices();
        await log.StartAsync();

        log.Log.Record(Sample.Bob, Sample.PartlyRefused("What about the weather in Pristina?", ["Pristina"], ["weather"]), TimeSpan.Zero);
        await log.StopAsync();

        var entry = Assert.Single(await log.AllAsync());
        Assert.True(entry.Refused);
        Assert.Equal("My articles mention “Pristina”, but none of them mentions “weather”.", entry.Reason);
        Assert.Equal(["weather"], entry.UncoveredTerms);
        Assert.Empty(entry.Passages);
    }

    [Fact]
    public async Task Record_RefusalShowingRelatedPassages_KeepsThePassagesItShowed_AndNoCorpusGap()
    {
        await using var log = new LogServices();
        await log.StartAsync();
        var related = new Answer("How many Italian soldiers serve in KFOR?", new AnswerOutcome.Related([Sample.Quote("us-soldiers", 7, 3, 0.4)], ["Italian"], MissingEvidence: null));

        log.Log.Record(Sample.Bob, related, TimeSpan.Zero);
        await log.StopAsync();

        var entry = Assert.Single(await log.AllAsync());
        Assert.True(entry.Refused);
        Assert.Equal("My sources don't say that. The closest passage does not mention “Italian”; this is as close as they come:", entry.Reason);
        Assert.Equal([new LoggedPassage("us-soldiers", 3, 0.4) { Text = "The passage.", Title = "Title", Outlet = "Outlet" }], entry.Passages);
        Assert.Empty(entry.UncoveredTerms);
    }

    [Fact]
    public async Task Record_Greeting_IsARefusalWithoutUncoveredWords()
    {
        await using var log = new LogServices();
        await log.StartAsync();

        log.Log.Record(Sample.Alice, new Answer("thanks", new AnswerOutcome.Greeting(5, [])), TimeSpan.Zero);
        await log.StopAsync();

        var entry = Assert.Single(await log.AllAsync());
        Assert.True(entry.Refused);
        Assert.Empty(entry.UncoveredTerms);
    }

    [Fact]
    public async Task Record_StoreRawUserIds_KeepsTheRawIdBesideThePseudonym()
    {
        await using var log = new LogServices(new Dictionary<string, string?> { ["Log:StoreRawUserIds"] = "true" });
        await log.StartAsync();

        log.Log.Record(Sample.Alice, Sample.Answered(), TimeSpan.Zero);
        await log.StopAsync();

        var entry = Assert.Single(await log.AllAsync());
        Assert.Equal("1001", entry.RawUserId);
        Assert.NotEqual("1001", entry.User);
    }

    [Fact]
    public async Task Pseudonyms_WithoutAConfiguredSecret_UseARandomKeyKeptBesideTheLog()
    {
        string first;
        string keyFile;
        await using (var log = new LogServices())
        {
            first = log.Get<UserPseudonyms>().Of(LogChannel.Telegram, "1001");
            keyFile = UserIdKey.FilePath(new LogOptions { Path = log.LogPath });
            Assert.True(File.Exists(keyFile));
            if (!OperatingSystem.IsWindows())
            {
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(keyFile));
            }

            // The same key is read back by the next start, so pseudonyms stay the same.
            var again = new UserPseudonyms(new UserIdKey(Microsoft.Extensions.Options.Options.Create(new LogOptions { Path = log.LogPath })));
            Assert.Equal(first, again.Of(LogChannel.Telegram, "1001"));
            Assert.NotEqual(first, again.Of(LogChannel.Console, "1001"));
        }

        await using var other = new LogServices();
        Assert.NotEqual(first, other.Get<UserPseudonyms>().Of(LogChannel.Telegram, "1001"));
    }

    [Fact]
    public async Task Forget_DeletesEveryEntryOfThatUserOnly_IncludingOnesStillQueued()
    {
        await using var log = new LogServices();
        await log.StartAsync();
        log.Log.Record(Sample.Alice, Sample.Answered("one"), TimeSpan.Zero);
        log.Log.Record(Sample.Bob, Sample.Answered("two"), TimeSpan.Zero);
        log.Log.Record(Sample.Alice, Sample.Answered("three"), TimeSpan.Zero);

        var deleted = await log.Log.ForgetAsync(LogChannel.Telegram, "1001", CancellationToken.None);
        await log.StopAsync();

        Assert.Equal(2, deleted);
        Assert.Equal(["two"], (await log.AllAsync()).Select(e => e.Question));
    }

    [Fact]
    public void PrivacyNotice_SaysWhatIsKeptForHowLongAndWhoSeesIt()
    {
        var text = PrivacyNotice.Text(new LogOptions { RetentionDays = 45 });

        Assert.Contains("45 days", text, StringComparison.Ordinal);
        Assert.Contains("moderators", text, StringComparison.Ordinal);
        Assert.Contains("/forget", text, StringComparison.Ordinal);
        Assert.DoesNotContain("{0}", text, StringComparison.Ordinal);
    }
}
