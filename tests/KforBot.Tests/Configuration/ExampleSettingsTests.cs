using KforBot.Answering;
using KforBot.Cli;
using KforBot.Conversation;
using KforBot.Corpus;
using KforBot.Log;
using KforBot.Moderation;
using KforBot.Search;
using KforBot.State;
using KforBot.Telegram;
using KforBot.Conversation.Operators;
using KforBot.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace KforBot.Tests.Configuration;

public sealed class ExampleSettingsTests
{
    [Fact]
    public void ExampleSettings_BindAndValidate_ToTheDefaults()
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(RepositoryPaths.Root, "appsettings.example.json"), optional: false)
            .Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging().AddAnswering().BuildServiceProvider();

        var corpus = services.GetRequiredService<IOptions<CorpusOptions>>().Value;
        var index = services.GetRequiredService<IOptions<IndexOptions>>().Value;
        var answering = services.GetRequiredService<IOptions<AnsweringOptions>>().Value;

        Assert.Equal(new CorpusOptions().Directory, corpus.Directory);
        Assert.Equal(new IndexOptions().Path, index.Path);
        Assert.Equal(new AnsweringOptions().WordsWeight, answering.WordsWeight);
        Assert.Equal(new AnsweringOptions().EvidenceBoost, answering.EvidenceBoost);
        Assert.Equal(new AnsweringOptions().CandidatePassages, answering.CandidatePassages);
        Assert.Equal(new AnsweringOptions().MaxPassages, answering.MaxPassages);
        Assert.Equal(AnsweringOptions.DefaultExampleQuestions, answering.EffectiveExampleQuestions);
    }

    [Fact]
    public void ExampleSettings_TelegramSection_BindsToTheDefaultsAndIsValidOnceATokenIsGiven()
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(RepositoryPaths.Root, "appsettings.example.json"), optional: false)
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Telegram:BotToken"] = "123456789:AAExampleExampleExampleExampleExample12" })
            .Build();
        var options = new TelegramOptions();
        configuration.GetSection(TelegramOptions.SectionName).Bind(options);
        var defaults = new TelegramOptions();
        var state = configuration.GetSection(BotStateOptions.SectionName).Get<BotStateOptions>()!;
        var conversation = configuration.GetSection(ConversationOptions.SectionName).Get<ConversationOptions>()!;

        Assert.Equal(defaults.ApiBaseUrl, options.ApiBaseUrl);
        Assert.Equal(defaults.Mode, options.Mode);
        Assert.Equal(new BotStateOptions().StatePath, state.StatePath);
        Assert.Equal(new ConversationOptions().QuestionsPerUserPerMinute, conversation.QuestionsPerUserPerMinute);
        Assert.Equal(new ConversationOptions().MaxQuestionLength, conversation.MaxQuestionLength);
        Assert.Equal(new ConversationOptions().AnswerRetention, conversation.AnswerRetention);
        Assert.True(new TelegramOptionsValidator().Validate(null, options).Succeeded);
    }

    [Theory]
    [InlineData("Telegram:StatePath", "")]
    [InlineData("Telegram:StateLockWaitSeconds", "0")]
    [InlineData("Telegram:MaxQuestionLength", "5")]
    [InlineData("Telegram:QuestionsPerUserPerMinute", "0")]
    [InlineData("Telegram:AnswerRetention", "00:00:01")]
    public void BadStateOrConversationSetting_FailsValidationNamingTheSetting(string setting, string value)
    {
        // The rooms read these keys of section Telegram themselves; start-up validation checks them as it did there.
        using var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [setting] = value }).Build())
            .AddBotState()
            .AddConversationRoom()
            .BuildServiceProvider();

        Assert.Contains(setting, Assert.Throws<OptionsValidationException>(services.ValidateSettings).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ExampleSettings_LogSection_BindsToTheDefaultsAndIsValid()
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(RepositoryPaths.Root, "appsettings.example.json"), optional: false)
            .Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging().AddInteractionLogFile().BuildServiceProvider();

        var options = services.GetRequiredService<IOptions<LogOptions>>().Value;
        var defaults = new LogOptions();

        Assert.Equal(defaults.Path, options.Path);
        Assert.Equal(defaults.RetentionDays, options.RetentionDays);
        Assert.Equal(defaults.RecheckDays, options.RecheckDays);
        Assert.Equal(defaults.StoreRawUserIds, options.StoreRawUserIds);
        Assert.True(string.IsNullOrEmpty(options.UserIdSecret));
    }

    [Fact]
    public void ExampleSettings_ModerationSection_BindsToTheDefaultsAndIsValid()
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(RepositoryPaths.Root, "appsettings.example.json"), optional: false)
            .Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging().AddModeratorAccounts().BuildServiceProvider();

        var options = services.GetRequiredService<IOptions<ModerationOptions>>().Value;
        var defaults = new ModerationOptions();

        Assert.True(string.IsNullOrEmpty(options.Urls));
        Assert.False(options.BehindTlsProxy);
        Assert.Equal(defaults.AccountsPath, options.AccountsPath);
        Assert.Equal(defaults.LockoutFailures, options.LockoutFailures);
        Assert.Equal(defaults.LockoutMinutes, options.LockoutMinutes);
        Assert.Equal(defaults.SignInAttemptsPerMinute, options.SignInAttemptsPerMinute);
        Assert.Equal(defaults.SessionHours, options.SessionHours);
        Assert.Equal(defaults.PageSize, options.PageSize);
    }

    [Theory]
    [InlineData("Moderation:LockoutFailures", "0")]
    [InlineData("Moderation:PageSize", "1")]
    [InlineData("Moderation:SignInAttemptsPerMinute", "0")]
    [InlineData("Moderation:AccountsPath", "")]
    [InlineData("Moderation:Urls", "http://0.0.0.0:5080")]
    public void BadModerationSetting_FailsValidationNamingTheSetting(string setting, string value)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [setting] = value }).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging().AddModeratorAccounts().BuildServiceProvider();

        var failure = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<ModerationOptions>>().Value);

        Assert.Contains(setting, failure.Message);
    }

    [Fact]
    public void ExampleSettings_OperatorsSection_ListsNobodyAndIsValid()
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(RepositoryPaths.Root, "appsettings.example.json"), optional: false)
            .Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration);
        services.AddOptions<OperatorOptions>().BindConfiguration(OperatorOptions.SectionName).ValidateDataAnnotations();
        using var provider = services.BuildServiceProvider();

        Assert.Empty(provider.GetRequiredService<IOptions<OperatorOptions>>().Value.TelegramUserIds);
    }

    [Theory]
    [InlineData("Log:RetentionDays", "0")]
    [InlineData("Log:RecheckDays", "-1")]
    [InlineData("Log:UserIdSecret", "short")]
    [InlineData("Log:Path", "")]
    public void BadLogSetting_FailsValidationNamingTheSetting(string setting, string value)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [setting] = value }).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging().AddInteractionLogFile().BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<LogOptions>>().Value);

        Assert.Contains(setting, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OutOfRangeSetting_FailsValidationNamingTheSetting()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Answering:MaxPassages"] = "0" }).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging().AddAnswering().BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<AnsweringOptions>>().Value);

        Assert.Contains("Answering:MaxPassages", error.Message, StringComparison.Ordinal);
    }
}
