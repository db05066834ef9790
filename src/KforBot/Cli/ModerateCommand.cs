using System.CommandLine;
using KforBot.Log;
using KforBot.Moderation;
using KforBot.Moderation.Accounts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace KforBot.Cli;

/// <summary>
/// <c>moderate [--urls URL]</c>: serves the moderators' site alone, at <c>--urls</c>, else <c>Moderation:Urls</c>,
/// else <c>http://127.0.0.1:5080</c> (this machine only; put a reverse proxy with TLS in front to open it further).
/// Plain HTTP on any other address is refused unless <c>Moderation:BehindTlsProxy</c> says a TLS proxy is in front.
/// </summary>
internal static class ModerateCommand
{
    public const string DefaultUrls = "http://127.0.0.1:5080";

    public static Command Create(CliContext context, SharedOptions shared)
    {
        var urls = new Option<string?>("--urls") { Description = $"Where to listen (default: Moderation:Urls, else {DefaultUrls})." };
        var command = new Command("moderate", "Serve the moderators' site: review questions, flag, note, export, corpus gaps.") { urls };
        command.SetAction((parse, cancellationToken) =>
        {
            var settings = shared.Read(parse);
            return CommandRunner.GuardAsync(context, settings, async () =>
            {
                var builder = BotHostFactory.CreateWebBuilder(settings);
                builder.Services.AddInteractionLogFile();
                builder.Services.AddModerationSite();
                var listen = parse.GetValue(urls) ?? builder.Configuration[$"{ModerationOptions.SectionName}:{nameof(ModerationOptions.Urls)}"];
                listen = string.IsNullOrWhiteSpace(listen) ? DefaultUrls : listen;
                var behindTlsProxy = builder.Configuration.GetValue<bool>($"{ModerationOptions.SectionName}:{nameof(ModerationOptions.BehindTlsProxy)}");
                if (ListenAddresses.Problem(listen, behindTlsProxy) is { } problem)
                {
                    await context.Error.WriteLineAsync(problem).ConfigureAwait(false);
                    return CommandRunner.ExitFailure;
                }

                builder.WebHost.UseUrls(listen);
                await using var app = builder.Build();
                app.Services.ValidateSettings();
                app.UseModerationSite();
                await app.StartAsync(cancellationToken).ConfigureAwait(false);
                await context.Error.WriteLineAsync($"The moderators' site is at {listen} (Ctrl+C stops it).").ConfigureAwait(false);
                var accounts = app.Services.GetRequiredService<ModeratorAccounts>();
                if ((await accounts.ListAsync(cancellationToken).ConfigureAwait(false)).Count == 0)
                {
                    await context.Error.WriteLineAsync("There is no moderator account yet: add one with 'moderators add NAME'.").ConfigureAwait(false);
                }

                await app.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
                return 0;
            }, cancellationToken);
        });
        return command;
    }
}
