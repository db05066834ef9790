using System.CommandLine;
using KforBot.Conversation;
using KforBot.Log;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace KforBot.Cli;

/// <summary>
/// <c>--log</c> of <c>ask</c> and <c>eval</c>: these record nothing unless asked to, so tests and scoring runs
/// stay out of the moderators' log. With it, questions go to <c>Log:Path</c> as the console chat's do.
/// </summary>
internal sealed class LogFlag
{
    public Option<bool> Option { get; } = new("--log")
    {
        Description = "Record the questions in the interaction log (Log:Path, default data/log.db), as the bot does.",
    };

    public Action<HostApplicationBuilder>? Configure(ParseResult parse) =>
        parse.GetValue(Option) ? builder => builder.Services.AddInteractionLog() : null;

    /// <summary>Who asks on the command line (<paramref name="command"/> is the chat type the log records).</summary>
    public static Asker Asker(string command) => new(LogChannel.Console, command, Environment.UserName);

    /// <summary>The question desk, recording each answer when <c>--log</c> was given.</summary>
    public static QuestionDesk Desk(IServiceProvider services) => ActivatorUtilities.CreateInstance<QuestionDesk>(services);
}
