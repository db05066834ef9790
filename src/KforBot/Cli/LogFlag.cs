using System.CommandLine;
using KforBot.Answering;
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

    /// <summary>The answerer, recording each answer when <c>--log</c> was given.</summary>
    public static RecordedAnswerer Answerer(IServiceProvider services, string command) => new(
        services.GetRequiredService<IQuestionAnswerer>(),
        services.GetService<IInteractionLog>(),
        new Asker(LogChannel.Console, command, Environment.UserName),
        services.GetRequiredService<TimeProvider>());
}
