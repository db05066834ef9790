using KforBot.Conversation;
using KforBot.Formatting;
using KforBot.Telegram.Receiving;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using TelegramChat = Telegram.Bot.Types.Chat;

namespace KforBot.Tests.Telegram.Receiving;

public sealed class MessageAddressingTests
{
    private static readonly User Me = new() { Id = 42, IsBot = true, FirstName = "KFOR Bot", Username = "KforTestBot" };
    private static readonly User Ann = new() { Id = 7, FirstName = "Ann" };
    private static readonly TelegramChat Private = new() { Id = 7, Type = ChatType.Private };
    private static readonly TelegramChat Group = new() { Id = -100, Type = ChatType.Supergroup, Title = "Group" };

    [Theory]
    [InlineData("/ask Who is Kastrati?", "Question", "Who is Kastrati?")]
    [InlineData("/ask@kfortestbot Who is Kastrati?", "Question", "Who is Kastrati?")]
    [InlineData("/ask", "AskWithoutQuestion", "")]
    [InlineData("/help@KforTestBot", "Help", "")]
    [InlineData("/sources", "Sources", "")]
    [InlineData("/ask@OtherBot Who?", "Ignored", "")]
    [InlineData("/weather", "Ignored", "")]
    [InlineData("Who is Kastrati?", "Ignored", "")]
    public void Read_InAGroup_FollowsPrivacyModeRules(string text, string kind, string question)
    {
        var request = MessageAddressing.Read(Text(Group, text), Me);

        Assert.Equal(kind, request.Kind.ToString());
        Assert.Equal(question, request.Text);
    }

    [Fact]
    public void Read_MentionOfTheBot_IsAQuestionWithoutTheMention()
    {
        var message = Text(Group, "@KFORTESTBOT, who is Kastrati?", new MessageEntity { Type = MessageEntityType.Mention, Offset = 0, Length = 12 });

        Assert.Equal(new Request(RequestKind.Question, "who is Kastrati?"), MessageAddressing.Read(message, Me));
    }

    [Fact]
    public void Read_ReplyToTheBot_IsAQuestion_ButReplyToSomeoneElseIsNot()
    {
        var toBot = Text(Group, "And in 2024?");
        toBot.ReplyToMessage = Text(Group, "answer");
        toBot.ReplyToMessage.From = Me;
        var toUser = Text(Group, "And in 2024?");
        toUser.ReplyToMessage = Text(Group, "hi");
        toUser.ReplyToMessage.From = new User { Id = 9, FirstName = "Bob" };

        Assert.Equal(RequestKind.Question, MessageAddressing.Read(toBot, Me).Kind);
        Assert.Equal(RequestKind.Ignored, MessageAddressing.Read(toUser, Me).Kind);
    }

    [Fact]
    public void Read_InPrivate_AnyTextIsAQuestion_AndMediaGetsNonText_AndServiceMessagesAreIgnored()
    {
        var sticker = new Message { Id = 1, Chat = Private, From = Ann, Sticker = new Sticker() };
        var service = new Message { Id = 2, Chat = Group, From = Ann, NewChatMembers = [Ann] };

        Assert.Equal(RequestKind.Question, MessageAddressing.Read(Text(Private, "kfor troops"), Me).Kind);
        Assert.Equal(RequestKind.NonText, MessageAddressing.Read(sticker, Me).Kind);
        Assert.Equal(RequestKind.Ignored, MessageAddressing.Read(service, Me).Kind);
    }

    [Theory]
    [InlineData("KFOR is leaving Kosovo at the end of this year", false, true)]
    [InlineData("Is KFOR leaving Kosovo at the end of this year", false, false)]
    [InlineData("KFOR troops?", false, false)]
    [InlineData("KFOR troops", true, true)]
    [InlineData("I read that the US is pulling all troops out of Kosovo next month, true?", false, true)]
    [InlineData("KFOR is leaving Kosovo at the end of this year. Is that true?", false, true)]
    [InlineData("Is KFOR leaving Kosovo at the end of this year, really?", false, false)]
    public void IsClaim_TellsStatementsFromQuestions(string text, bool forwarded, bool claim) =>
        Assert.Equal(claim, ClaimDetector.IsClaim(text, forwarded));

    private static Message Text(TelegramChat chat, string text, params MessageEntity[] entities)
    {
        var command = text.StartsWith('/') ? new[] { new MessageEntity { Type = MessageEntityType.BotCommand, Offset = 0, Length = text.Split(' ')[0].Length } } : [];
        return new Message { Id = 1, Chat = chat, From = Ann, Text = text, Entities = [.. command, .. entities] };
    }
}
