using KforBot.Answering;
using KforBot.Conversation;
using KforBot.Conversation.Operators;
using KforBot.Log;
using KforBot.Search;
using KforBot.Search.Generations;
using KforBot.Telegram.Fakes;
using KforBot.Telegram.Formatting;
using KforBot.Tests.Log;
using KforBot.Tests.Support;
using KforBot.Tests.Telegram.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace KforBot.Tests.Telegram.Operators;

/// <summary>The operators' /reindex and /stats: allowed for the listed users, refused (and logged) for anyone else.</summary>
public sealed class OperatorCommandsTests(SeedIndex index) : IClassFixture<SeedIndex>
{
    private const long Operator = 1301;
    private static readonly Dictionary<string, string?> Operators = new() { ["Operators:TelegramUserIds:0"] = "999", ["Operators:TelegramUserIds:1"] = "1301" };

    [Fact]
    public async Task Stats_ForAnOperator_GivesTheIndexAndTheQuestionsFigures()
    {
        await using var bot = await TelegramBotHarness.StartAsync(index, Operators);
        var answer = await bot.AskAsync(FakeUpdates.PrivateText(1302, "Who is Kadri Kastrati?"));
        await bot.AskAsync(FakeUpdates.PrivateText(1302, "What did Albin Kurti say about KFOR?"));
        await bot.DeliverAndWaitAsync(FakeUpdates.Callback(1302, 1302, 5001, answer.CallbackData("👍")!));
        await bot.LogEntriesAsync(e => e.Count == 2 && e.Any(x => x.Feedback is not null));

        var stats = await bot.AskAsync(FakeUpdates.PrivateText(Operator, "/stats"));

        Assert.Contains("Index: 5 articles, ", stats.Text, StringComparison.Ordinal);
        Assert.Contains("Index version ", stats.Text, StringComparison.Ordinal);
        Assert.Contains("Questions today (UTC): 2, 1 refused (50% refused).", stats.Text, StringComparison.Ordinal);
        Assert.Contains("👍 1, 👎 0.", stats.Text, StringComparison.Ordinal);
        Assert.Contains("Refused questions answerable after a re-check: 0.", stats.Text, StringComparison.Ordinal);
        Assert.Contains("0 lost since start.", stats.Text, StringComparison.Ordinal);
        HtmlChecks.AssertValidTelegramHtml(stats.Text);
    }

    [Fact]
    public async Task Stats_DuringAReindex_SaysOneIsUnderWay_AndNoLongerOnceItsReportIsSent()
    {
        using var folder = new TempFolder();
        var held = new HeldIndexBuilder();
        var (bot, started) = await StartReindexHeldAsync(folder, held);
        await using var stopping = bot;
        var during = await bot.AskAsync(FakeUpdates.PrivateText(Operator, "/stats"));
        held.Release();
        await bot.WithLogsOnTimeoutAsync(bot.Server.WaitUntilAsync(() => bot.RepliesTo(started.ReplyToMessageId!.Value).Count == 2, "the reindex report"));
        await bot.Host.Services.GetRequiredService<OperatorDesk>().WaitForReindexAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(20));

        var after = await bot.AskAsync(FakeUpdates.PrivateText(Operator, "/stats"));

        Assert.Contains(OperatorReplies.ReindexUnderWay, during.Text, StringComparison.Ordinal);
        Assert.Contains("Index: 5 articles, ", during.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(OperatorReplies.ReindexUnderWay, after.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reindex_StoppedWithTheBot_TellsTheOperatorThePreviousIndexStays()
    {
        using var folder = new TempFolder();
        var (bot, started) = await StartReindexHeldAsync(folder, new HeldIndexBuilder());
        await using var stopping = bot;

        await bot.StopAsync();

        await bot.WithLogsOnTimeoutAsync(bot.Server.WaitUntilAsync(() => bot.RepliesTo(started.ReplyToMessageId!.Value).Count == 2, "the word that the reindex stopped"));
        Assert.Equal(OperatorReplies.ReindexStoppedByShutdown, bot.RepliesTo(started.ReplyToMessageId!.Value)[1].Text);
        Assert.True(bot.Logs.Contains("stopped before it finished"));
    }

    /// <summary>Starts the bot on an index of its own, then has the operator ask for a reindex that is held at its start.</summary>
    private async Task<(TelegramBotHarness Bot, RecordedRequest Started)> StartReindexHeldAsync(TempFolder folder, HeldIndexBuilder held)
    {
        var settings = new Dictionary<string, string?>(Operators) { ["Index:Path"] = folder.Combine("index") };
        var bot = await TelegramBotHarness.StartAsync(index, settings, services: s => s.AddSingleton<IIndexBuilder>(sp => held.Around(ActivatorUtilities.CreateInstance<GenerationBuilder>(sp))));
        await bot.AskAsync(FakeUpdates.PrivateText(Operator, "/stats")); // the start-up build is done: the bot answers
        held.Hold();
        var started = await bot.AskAsync(FakeUpdates.PrivateText(Operator, "/reindex"));
        await held.Reached.WaitAsync(TimeSpan.FromSeconds(30));
        return (bot, started);
    }

    /// <summary>Lets a test hold a build at its start, once armed, until released.</summary>
    private sealed class HeldIndexBuilder
    {
        private readonly TaskCompletionSource _reached = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private volatile bool _armed;

        public Task Reached => _reached.Task;

        public void Hold() => _armed = true;

        public void Release() => _released.TrySetResult();

        public IIndexBuilder Around(IIndexBuilder inner) => new Builder(this, inner);

        private sealed class Builder(HeldIndexBuilder held, IIndexBuilder inner) : IIndexBuilder
        {
            public async Task<ReindexReport> BuildAsync(string corpusDirectory, IProgress<ReindexProgress>? progress, CancellationToken cancellationToken)
            {
                if (held._armed)
                {
                    held._reached.TrySetResult();
                    await held._released.Task.WaitAsync(cancellationToken);
                }

                return await inner.BuildAsync(corpusDirectory, progress, cancellationToken);
            }
        }
    }

    [Theory]
    [InlineData("/reindex")]
    [InlineData("/stats")]
    public async Task AnyoneElse_IsNotAllowed_AndTheAttemptIsLoggedUnderAPseudonym(string command)
    {
        await using var bot = await TelegramBotHarness.StartAsync(index, Operators);

        var reply = await bot.AskAsync(FakeUpdates.PrivateText(1303, command));

        Assert.Equal(Replies.NotAllowed, reply.Text);
        var pseudonym = bot.Host.Services.GetRequiredService<UserPseudonyms>().Of(LogChannel.Telegram, "1303");
        var line = Assert.Single(bot.Logs.Lines, l => l.Contains("is not an operator", StringComparison.Ordinal));
        Assert.StartsWith("Warning", line, StringComparison.Ordinal);
        Assert.Contains($"{command} refused: user {pseudonym}", line, StringComparison.Ordinal);
        Assert.DoesNotContain("1303", line, StringComparison.Ordinal);
        Assert.DoesNotContain(bot.Logs.Lines, l => l.Contains("Reindex asked for", StringComparison.Ordinal));
    }

    [Fact]
    public async Task DeniedAttempt_NamesTheRawId_OnlyWhenRawIdsAreStored()
    {
        await using var bot = await TelegramBotHarness.StartAsync(index, new Dictionary<string, string?>(Operators) { ["Log:StoreRawUserIds"] = "true" });

        await bot.AskAsync(FakeUpdates.GroupText(-100777, 1304, "/stats"));

        Assert.True(bot.Logs.Contains("/stats refused: user 1304 is not an operator"));
    }

    [Fact]
    public async Task Reindex_RebuildsWhileAnswering_RepliesWithThePerFileReport_AndSendsTheNotificationsDueOnce()
    {
        using var folder = new TempFolder();
        var answerer = new ScriptedAnswerer();
        var settings = new Dictionary<string, string?>(Operators) { ["Index:Path"] = folder.Combine("index") };
        await using var bot = await TelegramBotHarness.StartAsync(index, settings, services: s => s.AddSingleton<IQuestionAnswerer>(answerer));
        const string Question = "Which helicopters does KFOR fly?";
        var refusal = await bot.AskAsync(FakeUpdates.PrivateText(1305, Question));
        await bot.DeliverAndWaitAsync(FakeUpdates.Callback(1305, 1305, 5001, refusal.CallbackData(AnswerKeyboard.NotifyMe)!));
        await bot.LogEntriesAsync(e => e.Count == 1 && e[0].NotifyTo == "1305");
        answerer.Answer(Sample.Answered(Question));

        var started = await bot.AskAsync(FakeUpdates.PrivateText(Operator, "/reindex"));
        var messageId = started.ReplyToMessageId!.Value;
        await bot.WithLogsOnTimeoutAsync(bot.Server.WaitUntilAsync(() => bot.RepliesTo(messageId).Count == 2, "the reindex report"));
        await bot.WithLogsOnTimeoutAsync(bot.Server.WaitUntilAsync(() => bot.Server.RequestsFor("sendMessage").Any(m => m.ChatId == 1305 && m.Text.StartsWith("You asked me on", StringComparison.Ordinal)), "the notification"));
        await bot.Host.Services.GetRequiredService<OperatorDesk>().WaitForReindexAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(20));

        var again = await bot.AskAsync(FakeUpdates.PrivateText(Operator, "/reindex"));
        await bot.WithLogsOnTimeoutAsync(bot.Server.WaitUntilAsync(() => bot.RepliesTo(again.ReplyToMessageId!.Value).Count == 2, "the second report"));
        // Three re-checks: after the start-up build and after each /reindex.
        await bot.WithLogsOnTimeoutAsync(bot.Server.WaitUntilAsync(() => bot.Logs.Lines.Count(l => l.Contains("Re-check after reindex", StringComparison.Ordinal)) >= 3, "the second re-check"));

        Assert.Equal(OperatorReplies.ReindexStarted, started.Text);
        Assert.Equal(OperatorReplies.ReindexStarted, again.Text);
        var report = bot.RepliesTo(messageId)[1].Text;
        Assert.Contains("Corpus: ", report, StringComparison.Ordinal);
        Assert.Contains("  ok       ", report, StringComparison.Ordinal);
        Assert.Matches(@"Indexed 5 articles \(\d+ passages\) in \d+\.\d s", report);
        Assert.Single(bot.Server.RequestsFor("sendMessage"), m => m.ChatId == 1305 && m.Text.StartsWith("You asked me on", StringComparison.Ordinal));
        Assert.Contains(bot.Server.RequestsFor("setMyCommands"), r => r.Body["scope"]?["chat_id"]?.GetValue<long>() == Operator);
    }

    [Fact]
    public void OperatorIdThatIsNoUserId_StopsStartUp_NamingTheSetting()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Operators:TelegramUserIds:0"] = "-42" }).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration);
        services.AddOptions<OperatorOptions>().BindConfiguration(OperatorOptions.SectionName).ValidateDataAnnotations();
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<OperatorOptions>>().Value);

        Assert.Contains("Operators:TelegramUserIds must hold Telegram user ids", error.Message, StringComparison.Ordinal);
    }
}
