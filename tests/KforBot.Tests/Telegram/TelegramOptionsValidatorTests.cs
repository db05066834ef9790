using KforBot.Telegram;
using KforBot.Telegram.Receiving;
using KforBot.Tests.Support;
using Microsoft.Extensions.Configuration;

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

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("replace-with-a-long-random-secret")]
    [InlineData("0123456789abcdef")]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    [InlineData("my-webhook-SECRET-for-the-kfor-bot-2025")]
    [InlineData("9f86d081884c7d659a2feaa0c55ad015 3bf4f1b2b0b822cd15d6c15b0f00a08")]
    public void Validate_WebhookSecret_ThatIsMissingShortOrAPlaceholder_IsRefused_SayingHowToMakeOne(string? secret)
    {
        var result = new TelegramOptionsValidator().Validate(null, Webhook(secret));

        Assert.True(result.Failed);
        Assert.Contains("Telegram:WebhookSecret", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("openssl rand -hex 32", result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")]
    [InlineData("Xk2_9-pQ7vLm3ZtR8wYc4NbJ6hGd1sFe")]
    public void Validate_RandomWebhookSecret_Passes(string secret) =>
        Assert.True(new TelegramOptionsValidator().Validate(null, Webhook(secret)).Succeeded);

    [Fact]
    public void ExampleSettings_InWebhookMode_AreRefusedUntilASecretIsSet()
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(RepositoryPaths.Root, "appsettings.example.json"), optional: false)
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Telegram:BotToken"] = Token, ["Telegram:Mode"] = "Webhook" })
            .Build();
        var options = new TelegramOptions();
        configuration.GetSection(TelegramOptions.SectionName).Bind(options);

        var result = new TelegramOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains("Telegram:WebhookSecret must be set", result.FailureMessage, StringComparison.Ordinal);
    }

    private static TelegramOptions Webhook(string? secret) => new()
    {
        BotToken = Token,
        Mode = TelegramMode.Webhook,
        WebhookUrl = "https://bot.example.org/telegram/update",
        WebhookSecret = secret,
    };
}
