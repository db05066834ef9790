using KforBot.Answering;
using KforBot.Conversation.FollowUp;
using KforBot.Search;
using KforBot.Telegram.Fakes;
using KforBot.Telegram.Formatting;
using KforBot.Tests.Log;
using KforBot.Tests.Support;
using KforBot.Tests.Telegram.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace KforBot.Tests.Conversation.FollowUp;

/// <summary>"Notify me if a source appears": after a reindex, the refused question is asked again and answered once.</summary>
public sealed class SourceNotificationsTests(SeedIndex index) : IClassFixture<SeedIndex>
{
    private const string Question = "Which helicopters does KFOR fly?";

    [Fact]
    public async Task NotifyMe_AfterARecheckThatAnswers_SendsTheAnswerOnce_EvenWhenTheRecheckRunsTwice()
    {
        var answerer = new ScriptedAnswerer();
        await using var bot = await TelegramBotHarness.StartAsync(index, services: s => s.AddSingleton<IQuestionAnswerer>(answerer));
        var refusal = await bot.AskAsync(FakeUpdates.PrivateText(1201, Question));
        await bot.DeliverAndWaitAsync(FakeUpdates.Callback(1201, 1201, 5001, refusal.CallbackData(AnswerKeyboard.NotifyMe)!));
        await bot.LogEntriesAsync(e => e.Count == 1 && e[0].NotifyTo == "1201");
        var before = bot.Server.RequestsFor("sendMessage").Count;

        // The new index answers it, with a passage of the new article.
        answerer.Answer(Sample.Answered(Question, Sample.Quote("new-helicopters", 1, 0, 3.0) with { Citation = new Citation("new-helicopters", "KFOR's new helicopters", "Example News", null, null) }));
        var notifications = bot.Host.Services.GetRequiredService<SourceNotifications>();
        var answered = await Task.WhenAll(notifications.RecheckAndNotifyAsync(CancellationToken.None), notifications.RecheckAndNotifyAsync(CancellationToken.None));
        var third = await notifications.RecheckAndNotifyAsync(CancellationToken.None);

        var sent = bot.Server.RequestsFor("sendMessage").Skip(before).ToList();
        var notification = Assert.Single(sent);
        Assert.Equal(1201, notification.ChatId);
        Assert.Contains($"“{Question}”", notification.Text, StringComparison.Ordinal);
        Assert.Contains("a new article, “KFOR's new helicopters” (Example News), now lets me", notification.Text, StringComparison.Ordinal);
        Assert.Contains("<blockquote>", notification.Text, StringComparison.Ordinal);
        Assert.Null(notification.ReplyToMessageId);
        Assert.DoesNotContain("👍", notification.ButtonTexts);
        Assert.Equal(1, answered.Sum() + third);
        var entry = (await bot.LogEntriesAsync(e => e[0].NotifiedAt is not null)).Single();
        Assert.Equal("new-helicopters", entry.NowAnswerable!.ArticleId);
    }

    [Fact]
    public async Task NotifyMe_AGenerationPublishedByAnotherProcess_IsNoticedAndTheAnswerSentOnce()
    {
        var answerer = new ScriptedAnswerer();
        await using var bot = await TelegramBotHarness.StartAsync(index, services: s => s.AddSingleton<IQuestionAnswerer>(answerer));
        var refusal = await bot.AskAsync(FakeUpdates.PrivateText(1203, Question));
        await bot.DeliverAndWaitAsync(FakeUpdates.Callback(1203, 1203, 5003, refusal.CallbackData(AnswerKeyboard.NotifyMe)!));
        await bot.LogEntriesAsync(e => e.Count == 1 && e[0].NotifyTo == "1203");
        var watch = new ReindexWatch(
            bot.Host.Services.GetRequiredService<IPassageIndex>(), bot.Host.Services.GetRequiredService<SourceNotifications>(), TimeProvider.System, NullLogger<ReindexWatch>.Instance);
        var before = bot.Server.RequestsFor("sendMessage").Count;

        var firstLook = await watch.CheckOnceAsync(CancellationToken.None);
        answerer.Answer(Sample.Answered(Question));
        using (var reindex = new AnsweringServices(SeedIndex.CorpusDirectory, index.IndexPath))
        {
            Assert.True((await reindex.BuildIndexAsync()).Succeeded);
        }

        var afterReindex = await watch.CheckOnceAsync(CancellationToken.None);
        var again = await watch.CheckOnceAsync(CancellationToken.None);

        Assert.Equal((false, true, false), (firstLook, afterReindex, again));
        Assert.Single(bot.Server.RequestsFor("sendMessage").Skip(before), m => m.ChatId == 1203);
    }

    [Fact]
    public async Task WithoutNotifyMe_TheRecheckMarksTheQuestion_ButSendsNothing()
    {
        var answerer = new ScriptedAnswerer();
        await using var bot = await TelegramBotHarness.StartAsync(index, services: s => s.AddSingleton<IQuestionAnswerer>(answerer));
        await bot.AskAsync(FakeUpdates.PrivateText(1202, Question));
        await bot.LogEntriesAsync(e => e.Count == 1);
        var before = bot.Server.RequestsFor("sendMessage").Count;

        answerer.Answer(Sample.Answered(Question));
        var answered = await bot.Host.Services.GetRequiredService<SourceNotifications>().RecheckAndNotifyAsync(CancellationToken.None);

        Assert.Equal(1, answered);
        Assert.Equal(before, bot.Server.RequestsFor("sendMessage").Count);
        Assert.NotNull((await bot.LogEntriesAsync(_ => true)).Single().NowAnswerable);
    }
}
