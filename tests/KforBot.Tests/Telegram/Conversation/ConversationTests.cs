using KforBot.Answering;
using KforBot.Telegram.Fakes;
using KforBot.Tests.Telegram.Support;
using Microsoft.Extensions.DependencyInjection;

namespace KforBot.Tests.Telegram.Conversation;

/// <summary>What users see: the bot polling a fake Bot API server on 127.0.0.1, answering from the seed corpus.</summary>
public sealed class ConversationTests(SeedIndex index) : IClassFixture<SeedIndex>
{
    [Fact]
    public async Task ThankYou_GetsYoureWelcome_NotTheGreeting_AsOnTheConsole()
    {
        await using var bot = await TelegramBotHarness.StartAsync(index);

        var reply = await bot.AskAsync(FakeUpdates.PrivateText(1050, "thanks!!"));

        Assert.StartsWith("You're welcome!", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Hello", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PrivateQuestion_IsAnsweredWithCitationsInValidEscapedHtml()
    {
        await using var bot = await TelegramBotHarness.StartAsync(index);

        var reply = await bot.AskAsync(FakeUpdates.PrivateText(1001, "Who is Kadri Kastrati?"));

        // Telegram reads parse_mode ignoring case; Telegram.Bot writes "Html".
        Assert.Equal("HTML", reply.ParseMode, ignoreCase: true);
        Assert.StartsWith("Here is what my sources say:", reply.Text, StringComparison.Ordinal);
        Assert.Contains("<blockquote>", reply.Text, StringComparison.Ordinal);
        Assert.Contains("<b>Kadri Kastrati</b>", reply.Text, StringComparison.Ordinal);
        Assert.Contains("Radio Free Europe (via A2 Televizion)", reply.Text, StringComparison.Ordinal);
        Assert.True(reply.Body["link_preview_options"]!["is_disabled"]!.GetValue<bool>());
        Assert.Contains("👍", reply.ButtonTexts);
        Assert.Contains("👎", reply.ButtonTexts);
        HtmlChecks.AssertValidTelegramHtml(reply.Text);
        Assert.Contains(bot.Server.RequestsFor("sendChatAction"), r => r.ChatId == 1001 && r.Body["action"]!.GetValue<string>() == "typing");
    }

    [Fact]
    public async Task QuestionWithMarkup_IsEscapedInTheReply()
    {
        await using var bot = await TelegramBotHarness.StartAsync(index);

        var reply = await bot.AskAsync(FakeUpdates.PrivateText(1002, "What did <b>Zorblax</b> & <i>KFOR</i> say?"));

        HtmlChecks.AssertValidTelegramHtml(reply.Text);
        Assert.StartsWith("I can't answer that from my sources.", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LongAnswer_IsSentWithin4096CharactersAMessage_SplitOnPassages_ButtonsUnderTheLast()
    {
        var citation = new Citation("long", "A long <article>", "Outlet & Co", new DateOnly(2025, 3, 1), new Uri("https://example.org/long"));
        var passages = Enumerable.Range(0, 3).Select(i => new QuotedPassage(citation, $"Part {i}: " + string.Concat(Enumerable.Repeat("KFOR <troops> & more. ", 120)), 1, [], i)).ToList();
        var answer = new Answer("q", new AnswerOutcome.Answered(passages, 2, FiguresDiffer: false));
        await using var bot = await TelegramBotHarness.StartAsync(index, services: s => s.AddSingleton<IQuestionAnswerer>(new FixedAnswerer(answer)));

        var first = await bot.AskAsync(FakeUpdates.PrivateText(1010, "Tell me everything"));
        // Each passage is about 3,600 characters once escaped, so each goes in a message of its own.
        var sent = await bot.Server.WaitForRequestsAsync("sendMessage", 3);

        Assert.All(sent, m => Assert.InRange(m.Text.Length, 1, 4096));
        Assert.All(sent, m => HtmlChecks.AssertValidTelegramHtml(m.Text));
        Assert.Equal(3, sent.Sum(m => m.Text.Split("<blockquote>").Length - 1));
        Assert.Empty(first.ButtonTexts);
        Assert.Contains("More sources", sent[^1].ButtonTexts);
    }

    [Fact]
    public async Task UnsupportedQuestion_GetsAFriendlyRefusalWithSuggestions()
    {
        await using var bot = await TelegramBotHarness.StartAsync(index);

        var reply = await bot.AskAsync(FakeUpdates.PrivateText(1003, "What is the population of Zorblaxia?"));

        Assert.StartsWith("I can't answer that from my sources.", reply.Text, StringComparison.Ordinal);
        Assert.Contains("You could ask, for example:", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("<blockquote>", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_Help_And_Sources_DescribeTheBotAndListItsArticles()
    {
        await using var bot = await TelegramBotHarness.StartAsync(index);

        var start = await bot.AskAsync(FakeUpdates.PrivateText(1004, "/start"));
        var help = await bot.AskAsync(FakeUpdates.PrivateText(1004, "/help"));
        var sources = await bot.AskAsync(FakeUpdates.PrivateText(1004, "/sources"));

        Assert.StartsWith("Hello!", start.Text, StringComparison.Ordinal);
        foreach (var text in new[] { start.Text, help.Text })
        {
            Assert.Contains("only quote my sources", text, StringComparison.Ordinal);
            Assert.Equal(3, text.Split('\n').Count(line => line.StartsWith("• ", StringComparison.Ordinal)));
            HtmlChecks.AssertValidTelegramHtml(text);
        }

        Assert.Contains("I quote from these 5 articles:", sources.Text, StringComparison.Ordinal);
        Assert.Contains("The Balkan Report", sources.Text, StringComparison.Ordinal);
        Assert.Contains("date not given", sources.Text, StringComparison.Ordinal);
        HtmlChecks.AssertValidTelegramHtml(sources.Text);
    }

    [Fact]
    public async Task CommandMenu_IsRegisteredAtStart()
    {
        await using var bot = await TelegramBotHarness.StartAsync(index);

        var registered = (await bot.Server.WaitForRequestsAsync("setMyCommands", 1))[0];

        var commands = registered.Body["commands"]!.AsArray().Select(c => c!["command"]!.GetValue<string>()).ToList();
        Assert.Equal(["start", "help", "sources", "ask", "privacy", "forget"], commands);
    }

    [Fact]
    public async Task Group_AnswersAskMentionAndReplies_AndIgnoresTheRest()
    {
        await using var bot = await TelegramBotHarness.StartAsync(index);
        const long group = -100123;

        var ask = await bot.AskAsync(FakeUpdates.GroupText(group, 2001, "/ask Who is Kadri Kastrati?"));
        var askAddressed = await bot.AskAsync(FakeUpdates.GroupText(group, 2002, $"/ask@{FakeBotApiServer.BotUsername} Who is Kadri Kastrati?"));
        var mention = await bot.AskAsync(FakeUpdates.GroupText(group, 2003, $"@{FakeBotApiServer.BotUsername} who is Kadri Kastrati?"));
        var reply = await bot.AskAsync(FakeUpdates.GroupText(group, 2004, "Who is Kadri Kastrati?", replyTo: FakeUpdates.BotMessage(group, 5)));

        var plain = FakeUpdates.GroupText(group, 2005, "Who is Kadri Kastrati?");
        var otherBot = FakeUpdates.GroupText(group, 2006, "/ask@SomeOtherBot Who is Kadri Kastrati?");
        var otherMention = FakeUpdates.GroupText(group, 2007, "@SomeOtherBot who is Kadri Kastrati?");
        await bot.DeliverAndWaitAsync(plain);
        await bot.DeliverAndWaitAsync(otherBot);
        await bot.DeliverAndWaitAsync(otherMention);

        Assert.All([ask, askAddressed, mention, reply], r => Assert.StartsWith("Here is what my sources say:", r.Text, StringComparison.Ordinal));
        foreach (var ignored in new[] { plain, otherBot, otherMention })
        {
            Assert.Empty(bot.RepliesTo(ignored["message"]!["message_id"]!.GetValue<long>()));
        }
    }

    [Fact]
    public async Task MoreSources_SendsTheNextPassagesBelow_AndRemovesTheButton()
    {
        await using var bot = await TelegramBotHarness.StartAsync(index);
        var answer = await bot.AskAsync(FakeUpdates.PrivateText(1005, "Will the US withdraw troops from Kosovo?"));
        Assert.Contains("More sources", answer.ButtonTexts);
        var sentId = bot.Server.RequestsFor("sendMessage").Count + 5000;

        var press = FakeUpdates.Callback(1005, 1005, sentId, answer.CallbackData("More sources")!);
        await bot.DeliverAndWaitAsync(press);

        var more = bot.RepliesTo(sentId).Single();
        Assert.StartsWith("More from my sources:", more.Text, StringComparison.Ordinal);
        Assert.Contains("<blockquote>", more.Text, StringComparison.Ordinal);
        HtmlChecks.AssertValidTelegramHtml(more.Text);
        var firstPassage = answer.Text.Split("<blockquote>")[1].Split("</blockquote>")[0];
        Assert.DoesNotContain(firstPassage, more.Text, StringComparison.Ordinal);
        var edit = bot.Server.RequestsFor("editMessageReplyMarkup").Single();
        Assert.Equal(sentId, edit.Body["message_id"]!.GetValue<long>());
        Assert.DoesNotContain("More sources", edit.ButtonTexts);
        Assert.Single(bot.Server.RequestsFor("answerCallbackQuery"));
    }

    [Fact]
    public async Task ButtonOfAnExpiredAnswer_GetsAPoliteNotice()
    {
        await using var bot = await TelegramBotHarness.StartAsync(index);

        await bot.DeliverAndWaitAsync(FakeUpdates.Callback(1007, 1007, 5001, "more:987654:0195a1b2c3d4000012345678abcdef01"));

        var ack = bot.Server.RequestsFor("answerCallbackQuery").Single();
        Assert.Equal("This answer has expired. Please ask your question again.", ack.Body["text"]!.GetValue<string>());
        Assert.Empty(bot.Server.RequestsFor("sendMessage"));
    }

    [Fact]
    public async Task UserOverTheLimit_IsAskedToWaitOnce()
    {
        await using var bot = await TelegramBotHarness.StartAsync(index, new Dictionary<string, string?> { ["Telegram:QuestionsPerUserPerMinute"] = "3" });
        for (var i = 0; i < 3; i++)
        {
            await bot.AskAsync(FakeUpdates.PrivateText(1008, "Who is Kadri Kastrati?"));
        }

        var limited = await bot.AskAsync(FakeUpdates.PrivateText(1008, "Who is Kadri Kastrati?"));
        var silent = FakeUpdates.PrivateText(1008, "Who is Kadri Kastrati?");
        await bot.DeliverAndWaitAsync(silent);
        bot.Time.Advance(TimeSpan.FromMinutes(1));
        var later = await bot.AskAsync(FakeUpdates.PrivateText(1008, "Who is Kadri Kastrati?"));

        Assert.StartsWith("You are asking faster than I can answer. Please wait", limited.Text, StringComparison.Ordinal);
        Assert.Empty(bot.RepliesTo(silent["message"]!["message_id"]!.GetValue<long>()));
        Assert.StartsWith("Here is what my sources say:", later.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NonText_TooLong_Forwarded_AndEdited_MessagesGetTheirOwnReplies()
    {
        await using var bot = await TelegramBotHarness.StartAsync(index, new Dictionary<string, string?> { ["Telegram:MaxQuestionLength"] = "100" });

        var sticker = FakeUpdates.Media(1009, "sticker");
        var tooLong = await bot.AskAsync(FakeUpdates.PrivateText(1009, new string('a', 101)));
        var claim = await bot.AskAsync(FakeUpdates.Forwarded(1009, "Kadri Kastrati says the country is currently unable to defend itself"));
        await bot.DeliverAndWaitAsync(sticker);
        var edited = await bot.DeliverAndWaitAsync(FakeUpdates.Edited(1009, "Who is Kadri Kastrati?"));

        Assert.Equal("I can only read text questions. Please type your question.", bot.RepliesTo(sticker["message"]!["message_id"]!.GetValue<long>()).Single().Text);
        Assert.Contains("fewer than 100 characters", tooLong.Text, StringComparison.Ordinal);
        Assert.StartsWith("Here is what my sources say about this:", claim.Text, StringComparison.Ordinal);
        Assert.Equal(3, bot.Server.RequestsFor("sendMessage").Count);
    }

    private sealed class FixedAnswerer(Answer answer) : IQuestionAnswerer
    {
        public Task<Answer> AnswerAsync(string question, CancellationToken cancellationToken) => Task.FromResult(answer);

        public Task<Answer> AnswerAsync(string question, int skip, CancellationToken cancellationToken) => Task.FromResult(answer);
    }
}
