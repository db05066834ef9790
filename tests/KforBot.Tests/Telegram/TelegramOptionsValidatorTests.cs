using KforBot.Telegram;

namespace KforBot.Tests.Telegram;

public sealed class TelegramOptionsValidatorTests
{
    private const string Token = "123456789:AAexample-token_of-the-right-shape12345";

    [Theory]
    [InlineData("not-a-token", "Telegram:BotToken")]
    [InlineData("123456789:short", "Telegram:BotToken")]
    public void Validate_MalformedToken_NamesTheSetting_WithoutRepeatingTheToken(string token, string setting)
    {
        var result = new TelegramOptionsValidator().Validate(null, new TelegramOptions { BotToken = token });

        Assert.True(result.Failed);
        Assert.Contains(setting, result.FailureMessage, StringComparison.Ordinal);
        Assert.DoesNotContain(token, result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_MalformedUrls_NameTheirSettings()
    {
        var options = new TelegramOptions
        {
            BotToken = Token,
            ApiBaseUrl = "api.telegram.org",
            Mode = TelegramMode.Webhook,
            WebhookUrl = "http://bot.example.org/hook",
            WebhookSecret = "has spaces",
            ListenUrl = "8080",
        };

        var result = new TelegramOptionsValidator().Validate(null, options);

        foreach (var setting in new[] { "Telegram:ApiBaseUrl", "Telegram:WebhookUrl", "Telegram:WebhookSecret", "Telegram:ListenUrl" })
        {
            Assert.Contains(setting, result.FailureMessage, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Validate_Defaults_WithAToken_Pass() =>
        Assert.True(new TelegramOptionsValidator().Validate(null, new TelegramOptions { BotToken = Token }).Succeeded);
}
