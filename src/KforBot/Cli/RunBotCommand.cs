using KforBot.Chat;
using KforBot.Conversation;
using KforBot.Log;
using KforBot.Moderation;
using KforBot.Search;
using KforBot.Telegram;
using KforBot.Telegram.Receiving;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace KforBot.Cli;

/// <summary>
/// The main job, run with no command: the Telegram bot when <c>Telegram:BotToken</c> is set (long polling, or a
/// webhook when <c>Telegram:Mode</c> is Webhook), otherwise the interactive console chat.
/// </summary>
internal static class RunBotCommand
{
    public static Task<int> RunAsync(CliContext context, SharedSettings settings, CancellationToken cancellationToken) =>
        CommandRunner.GuardAsync(context, settings, () => RunGuardedAsync(context, settings, cancellationToken), cancellationToken);

    private static async Task<int> RunGuardedAsync(CliContext context, SharedSettings settings, CancellationToken cancellationToken)
    {
        var builder = BotHostFactory.CreateBuilder(settings);
        var telegram = builder.Configuration.GetSection(TelegramOptions.SectionName);
        if (string.IsNullOrWhiteSpace(telegram[nameof(TelegramOptions.BotToken)]))
        {
            // The log first: hosted services stop in reverse order, so the log is flushed after the chat's last answer.
            builder.Services.AddInteractionLog();
            builder.Services.AddModerationSiteWhenConfigured(builder.Configuration);
            builder.Services.AddConversation();
            builder.Services.AddConsoleChat(new ConsoleStreams(context.Input, context.Output, context.Error));
            using var host = builder.Build();
            host.Services.ValidateSettings();
            await host.RunAsync(cancellationToken).ConfigureAwait(false);
            return Environment.ExitCode;
        }

        var modeSetting = telegram[nameof(TelegramOptions.Mode)];
        var mode = TelegramMode.Polling;
        if (!string.IsNullOrEmpty(modeSetting) && !Enum.TryParse(modeSetting, ignoreCase: true, out mode))
        {
            await context.Error.WriteLineAsync("Configuration error: Telegram:Mode must be Polling or Webhook.").ConfigureAwait(false);
            return CommandRunner.ExitConfiguration;
        }

        return mode == TelegramMode.Webhook
            ? await RunWebhookAsync(context, settings, telegram, cancellationToken).ConfigureAwait(false)
            : await RunPollingAsync(context, builder, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<int> RunPollingAsync(CliContext context, HostApplicationBuilder builder, CancellationToken cancellationToken)
    {
        builder.Services.AddInteractionLog();
        builder.Services.AddModerationSiteWhenConfigured(builder.Configuration);
        builder.Services.AddTelegramBot(TelegramMode.Polling);
        using var host = builder.Build();
        host.Services.ValidateSettings();

        // RunAsync disposes the services, so the bot's state is taken first.
        var lifecycle = host.Services.GetRequiredService<BotLifecycle>();
        await host.RunAsync(cancellationToken).ConfigureAwait(false);
        return await ExitCodeAsync(context, lifecycle).ConfigureAwait(false);
    }

    private static async Task<int> RunWebhookAsync(CliContext context, SharedSettings settings, IConfiguration telegram, CancellationToken cancellationToken)
    {
        var builder = BotHostFactory.CreateWebBuilder(settings);
        builder.Services.AddInteractionLog();
        builder.Services.AddModerationSiteWhenConfigured(builder.Configuration);
        builder.Services.AddTelegramBot(TelegramMode.Webhook);
        builder.WebHost.UseUrls(telegram[nameof(TelegramOptions.ListenUrl)] ?? new TelegramOptions().ListenUrl);
        await using var app = builder.Build();
        app.Services.ValidateSettings();
        app.MapTelegramWebhook();
        var lifecycle = app.Services.GetRequiredService<BotLifecycle>();
        await app.RunAsync(cancellationToken).ConfigureAwait(false);
        return await ExitCodeAsync(context, lifecycle).ConfigureAwait(false);
    }

    private static async Task<int> ExitCodeAsync(CliContext context, BotLifecycle lifecycle)
    {
        if (lifecycle.StopReason is not { } reason)
        {
            return 0;
        }

        await context.Error.WriteLineAsync(reason).ConfigureAwait(false);
        return CommandRunner.ExitFailure;
    }
}
