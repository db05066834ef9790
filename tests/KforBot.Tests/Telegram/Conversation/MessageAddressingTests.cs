using System.Text.Json;
using KforBot.Telegram.Api;
using KforBot.Telegram.Conversation;

namespace KforBot.Tests.Telegram.Conversation;

public sealed class MessageAddressingTests
{
    private static readonly User Me = new(42, true, "KFOR Bot", "KforTestBot");
    private static readonly TelegramChat Private = new(7, "private");
    private static readonly TelegramChat Group = new(-100, "supergroup", "Group");

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
        var message = Text(Group, "@KFORTESTBOT, who is Kastrati?", new MessageEntity("mention", 0, 12));

        Assert.Equal(new IncomingRequest(RequestKind.Question, "who is Kastrati?"), MessageAddressing.Read(message, Me));
    }

    [Fact]
    public void Read_ReplyToTheBot_IsAQuestion_ButReplyToSomeoneElseIsNot()
    {
        var toBot = Text(Group, "And in 2024?") with { ReplyToMessage = Text(Group, "answer") with { From = Me } };
        var toUser = Text(Group, "And in 2024?") with { ReplyToMessage = Text(Group, "hi") with { From = new User(9, false, "Ann") } };

        Assert.Equal(RequestKind.Question, MessageAddressing.Read(toBot, Me).Kind);
        Assert.Equal(RequestKind.Ignored, MessageAddressing.Read(toUser, Me).Kind);
    }

    [Fact]
    public void Read_InPrivate_AnyTextIsAQuestion_AndMediaGetsNonText_AndServiceMessagesAreIgnored()
    {
        var sticker = new Message { MessageId = 1, Chat = Private, From = new User(7, false, "Ann"), Other = new() { ["sticker"] = JsonDocument.Parse("{}").RootElement } };
        var service = new Message { MessageId = 2, Chat = Group, From = new User(7, false, "Ann"), Other = new() { ["new_chat_members"] = JsonDocument.Parse("[]").RootElement } };

        Assert.Equal(RequestKind.Question, MessageAddressing.Read(Text(Private, "kfor troops"), Me).Kind);
        Assert.Equal(RequestKind.NonText, MessageAddressing.Read(sticker, Me).Kind);
        Assert.Equal(RequestKind.Ignored, MessageAddressing.Read(service, Me).Kind);
    }

    [Theory]
    [InlineData("KFOR is leaving Kosovo at the end of this year", false, true)]
    [InlineData("Is KFOR leaving Kosovo at the end of this year", false, false)]
    [InlineData("KFOR troops?", false, false)]
    [InlineData("KFOR troops", true, true)]
    public void IsClaim_TellsStatementsFromQuestions(string text, bool forwarded, bool claim) =>
        Assert.Equal(claim, ClaimDetector.IsClaim(text, forwarded));

    private static Message Text(TelegramChat chat, string text, params MessageEntity[] entities)
    {
        var command = text.StartsWith('/') ? new[] { new MessageEntity("bot_command", 0, text.Split(' ')[0].Length) } : [];
        return new Message { MessageId = 1, Chat = chat, From = new User(7, false, "Ann"), Text = text, Entities = [.. command, .. entities] };
    }
}
