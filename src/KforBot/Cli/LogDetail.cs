using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace KforBot.Cli;

/// <summary>
/// Whether a person sees stack traces: only when <c>Logging:LogLevel:Default</c> is Debug or Trace. An operator
/// who runs a command needs one clear line saying what failed; whoever debugs it asks for the rest.
/// </summary>
internal static class LogDetail
{
    public static bool ShowsStackTraces(IConfiguration configuration) =>
        Enum.TryParse<LogLevel>(configuration["Logging:LogLevel:Default"], ignoreCase: true, out var level) && level <= LogLevel.Debug;
}
